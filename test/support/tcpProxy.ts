import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** connections the app opened through the proxy so far (refused ones included) */
  readonly connections: number;
  /** drops every connection and refuses new ones, as a dead server or a cut cable would */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy the test controls, between the app and a real server. */
export async function startTcpProxy(port: number, target: { host: string; port: number }): Promise<TcpProxy> {
  let open = true;
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    connections++;
    if (!open) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    port,
    get connections() {
      return connections;
    },
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
