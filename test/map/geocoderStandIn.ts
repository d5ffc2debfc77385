import http from 'node:http';

/**
 * A local stand-in for a Nominatim server's /search (format=jsonv2): it answers from a small list of addresses and
 * records every request it gets, so a test can see what left Voordeur. `down` makes it answer 500.
 */
export function startGeocoder(port: number) {
  const requests: URL[] = [];
  const state = { down: false };
  const places = [
    { display_name: 'Grote Markt 1, 8500 Kortrijk, België', lat: '50.8281', lon: '3.2648' },
    { display_name: 'Grote Markt, 8500 Kortrijk, België', lat: '50.8279', lon: '3.2652' },
  ];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    requests.push(url);
    if (state.down || url.pathname !== '/nominatim/search') {
      res.writeHead(state.down ? 500 : 404).end();
      return;
    }
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const found = q.includes('grote markt') ? places : [];
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(found));
  });
  return {
    requests,
    state,
    listening: new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
