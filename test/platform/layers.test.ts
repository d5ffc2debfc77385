import { folderOf, importGraph } from '../support/importGraph';

/**
 * Imports point down only (docs: architecture, "the next shape"): channels → intake/notifications → tickets/contacts →
 * shared. This test is the dependency rule CI runs: it fails on the import that breaks it, with the file names.
 */
const edges = importGraph();
const show = (list: { from: string; to: string }[]) => list.map((e) => `${e.from} -> ${e.to}`);

/**
 * The composition roots: they assemble every feature, so they alone may name a channel's routes, jobs and senders.
 * src/channels/index.ts is the channels' own: the one list of channel modules, registered into src/shared/channelRegistry.ts
 * and src/notifications/senders.ts at start, so generic code works from the registry and never imports a channel.
 */
const ROOTS = new Set(['app.ts', 'main.ts', 'worker.ts', 'channels/index.ts']);

/**
 * The HTTP layer: src/http itself, the roots, the OpenAPI document, and route files (routes.ts, router.ts, page.ts,
 * pages.ts, *Routes.ts, a feature's request schemas in schemas.ts, and src/appointments/admin, one route file per
 * resource). Everything else is domain code, which throws src/shared/errors.ts and never reaches up into src/http.
 */
const isHttpLayer = (file: string) =>
  file.startsWith('http/') ||
  ROOTS.has(file) ||
  file.startsWith('openapi/') ||
  file.startsWith('appointments/admin/') ||
  /(^|\/)(routes|router|pages?|schemas)\.ts$|Routes\.ts$/.test(file);

test('nothing below the channels imports a channel (only the composition roots assemble them)', () => {
  const upward = edges.filter(
    (e) => !e.from.startsWith('channels/') && e.to.startsWith('channels/') && !ROOTS.has(e.from),
  );
  expect(show(upward)).toEqual([]);
});

test('a channel does not import another channel, except the Twilio client that phone and SMS share', () => {
  const channelOf = (file: string) =>
    file.startsWith('channels/') && file.split('/').length > 2 ? file.split('/')[1] : undefined;
  const across = edges.filter((e) => {
    const [from, to] = [channelOf(e.from), channelOf(e.to)];
    return from && to && from !== to && to !== 'twilio';
  });
  expect(show(across)).toEqual([]);
});

test('domain code does not import the HTTP layer', () => {
  const upward = edges.filter((e) => e.to.startsWith('http/') && !isHttpLayer(e.from));
  expect(show(upward)).toEqual([]);
});

test('no new two-way ties between folders (the ones listed are known, to be untied)', () => {
  const pairs = new Set(
    edges.map((e) => `${folderOf(e.from)}|${folderOf(e.to)}`).filter((p) => p.split('|')[0] !== p.split('|')[1]),
  );
  const ties = [...pairs]
    .map((p) => p.split('|'))
    .filter(([a, b]) => a < b && pairs.has(`${b}|${a}`))
    .map(([a, b]) => `${a} <-> ${b}`)
    .sort();
  expect(ties).toEqual(KNOWN_TIES);
});

// A tie removed is a line removed here; a new one fails above. The tickets ones wait for domain events: the live
// stream already listens to ticket changes (src/shared/ticketChanges.ts, subscribed at the composition roots); a
// ticket change still calls notifications itself.
const KNOWN_TIES = ['intake <-> tickets', 'messages <-> tickets', 'notifications <-> tickets', 'routing <-> tickets'];

test('no route file queries the database itself: a feature service or src/shared/crud.ts does', () => {
  const isRouteFile = (file: string) =>
    isHttpLayer(file) && !file.startsWith('http/') && !ROOTS.has(file) && !file.startsWith('openapi/');
  const querying = [...new Set(edges.filter((e) => e.to === 'db.ts' && isRouteFile(e.from)).map((e) => e.from))].sort();
  expect(querying).toEqual([]);
});
