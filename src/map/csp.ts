import { config } from '../config';

/**
 * The Content-Security-Policy img-src entry the map's tiles need: the tile server's origin, with a {s}
 * subdomain placeholder as a wildcard (https://{s}.tile.example.org → https://*.tile.example.org).
 * Tiles served from this server itself need nothing beyond 'self'.
 */
export function tileImgSource(template: string): string | undefined {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!m) return undefined;
  const [host, port] = m[2].split(':');
  const labels = host.split('.');
  if (labels[0].includes('{')) labels[0] = '*';
  return `${m[1].toLowerCase()}://${labels.join('.').toLowerCase()}${port ? `:${port}` : ''}`;
}

/** For helmet's imgSrc directive in app.ts. */
export function mapCspImgSources(): string[] {
  const source = tileImgSource(config().MAP_TILE_URL);
  return source ? [source] : [];
}
