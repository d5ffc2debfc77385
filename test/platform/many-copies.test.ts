// Several machines: two api copies and two workers (the compiled build, as in production) on one database, one
// Redis and one attachment folder (what an NFS mount would be), behind a real nginx with the checked-in proxy
// configuration (deploy/nginx.conf). Whatever a person does through one copy, a person on the other sees.
import http from 'node:http';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { db } from '../../src/db';
import { createDevice } from '../../src/guidance/devices';
import { createMailbox } from '../../src/channels/email/mailboxes/service';
import { makeTicket, makeUser, PASSWORD } from '../support/factories';
import { startDovecot } from '../support/dovecot';
import { s3Server } from '../support/s3';
import { startMailbox } from '../support/smtp';
import { startNginx, type Nginx } from '../support/nginx';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { exited, freePort, startVoordeur } from '../resilience/processes';
import { newMessageId, rawEmail } from '../email/support';
import { counters } from '../appointments/world';

interface Copy {
  name: string;
  port: number;
  proc: ChildProcess;
  log: string[];
}

let proxy: Nginx;
// the copies' files: one S3-compatible bucket, as on several machines
const bucket = s3Server('voordeur-many-copies');
const apis: Copy[] = [];
const workers: Copy[] = [];
const peakRss: Record<string, number> = {};

function start(mode: 'api' | 'worker', name: string): Copy {
  const port = freePort();
  const proc = startVoordeur(mode, {
    PORT: String(port),
    HOST: '127.0.0.1',
    TRUST_PROXY: 'true',
    LOG_LEVEL: 'info',
    STORAGE_URL: bucket.url(),
  });
  const copy: Copy = { name, port, proc, log: [] };
  let buffer = '';
  proc.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    copy.log.push(...lines);
  });
  proc.stderr!.on('data', (d: Buffer) => copy.log.push(d.toString()));
  onTeardown(() => proc.kill('SIGKILL'));
  return copy;
}

/** Peak resident memory of a running copy (VmHWM), in MB. */
function notePeakRss(copy: Copy): void {
  const status = readFileSync(`/proc/${copy.proc.pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  peakRss[copy.name] = Math.max(peakRss[copy.name] ?? 0, Math.round(kb / 1024));
}

const served = (res: { headers: Headers | http.IncomingHttpHeaders }) => {
  const value = res.headers instanceof Headers ? res.headers.get('x-upstream') : res.headers['x-upstream'];
  return apis.find((a) => String(value).endsWith(`:${a.port}`));
};
const other = (copy: Copy) => apis.find((a) => a !== copy)!;

async function login(user: { email: string }): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${proxy.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** A minimal EventSource through the proxy: its events, and which copy it is connected to. */
function stream(path: string, headers: Record<string, string> = {}) {
  const events: { event: string; data: Record<string, unknown> }[] = [];
  let copy: Copy | undefined;
  const req = http.get(`${proxy.url}${path}`, { headers }, (res) => {
    copy = served(res);
    let buffer = '';
    res.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    });
  });
  req.on('error', () => undefined);
  onTeardown(() => req.destroy());
  return {
    events,
    connectedTo: () => eventually(async () => copy, 10000, 'the stream to open'),
    waitFor: (what: string, check: (e: { event: string; data: Record<string, unknown> }) => boolean) =>
      eventually(async () => events.find(check), 10000, what),
    close: () => req.destroy(),
  };
}

beforeAll(async () => {
  await bucket.start();
  onTeardown(() => bucket.stop());
  apis.push(start('api', 'api A'), start('api', 'api B'));
  workers.push(start('worker', 'worker 1'), start('worker', 'worker 2'));
  for (const api of apis) {
    await eventually(
      () =>
        fetch(`http://127.0.0.1:${api.port}/health/ready`).then(
          (r) => r.ok || undefined,
          () => undefined,
        ),
      60000,
      `${api.name} up`,
    );
  }
  for (const w of workers) {
    await eventually(async () => w.log.some((l) => l.includes('workers started')), 60000, `${w.name} up`);
  }
  proxy = await startNginx(
    freePort(),
    apis.map((a) => a.port),
  );
  onTeardown(() => proxy.stop());
}, 90000);

afterAll(() => {
  // the sizes the README quotes under "Running at scale"
  console.log(`peak RSS (MB) on ${new Date().toISOString().slice(0, 10)}: ${JSON.stringify(peakRss)}`);
});

// a 1x1 PNG: attachments are checked on their content
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A GET through the proxy as a browser sends it, the answer's bytes as they came over the wire. */
function getRaw(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${proxy.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test("through the proxy, a citizen's phone gets the free times compressed, an agent's browser the console's scripts; pages with tokens never", async () => {
  const gzip = { 'accept-encoding': 'gzip, deflate, br' };
  const world = await counters(10);
  const to = DateTime.fromISO(world.day).plus({ days: 45 }).toISODate()!;
  const free = `/api/public/services/${world.serviceId}/availability?from=${world.day}&to=${to}`;
  const plain = await getRaw(free, {});
  const zipped = await getRaw(free, gzip);
  expect([plain.status, zipped.status]).toEqual([200, 200]);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
  // the same answer, in a fraction of the bytes
  expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  expect(plain.body.length).toBeGreaterThan(20_000);
  expect(zipped.body.length).toBeLessThan(plain.body.length / 5);

  const consolePage = await getRaw('/admin/', gzip);
  expect(consolePage.headers['content-encoding']).toBeUndefined();
  const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(consolePage.body.toString())?.[1];
  expect(script).toBeDefined();
  const bundle = await getRaw(script!, gzip);
  expect(bundle.status).toBe(200);
  expect(bundle.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(bundle.body).equals((await getRaw(script!, {})).body)).toBe(true);

  // the contact form holds a submission key, the console's API a session's answers: not compressed (BREACH)
  expect((await getRaw('/contact', gzip)).headers['content-encoding']).toBeUndefined();
  expect((await getRaw('/api/auth/me', gzip)).headers['content-encoding']).toBeUndefined();
});

test('a photo sent through one copy downloads through the other (one shared bucket)', async () => {
  const form = new FormData();
  form.set('email', 'foto@example.be');
  form.set('subject', 'Put in het fietspad');
  form.set('message', 'Zie de foto.');
  form.append('attachments', new Blob([PNG], { type: 'image/png' }), 'put.png');
  const sent = await fetch(`${proxy.url}/api/public/tickets`, { method: 'POST', body: form });
  expect(sent.status).toBe(201);
  const uploadedOn = served(sent)!;
  expect(uploadedOn).toBeDefined();
  const { reference } = (await sent.json()) as { reference: string };
  const attachment = await db().attachment.findFirstOrThrow({ where: { ticket: { reference } } });
  expect(await bucket.objectKeys()).toContain(attachment.storageKey);

  const agent = await login(await makeUser('agent', []));
  // round robin: the next requests alternate; take the one the other copy answered
  for (let i = 0; ; i++) {
    const res = await fetch(`${proxy.url}/api/admin/attachments/${attachment.id}/download`, {
      headers: { cookie: agent.cookie },
    });
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    if (served(res) === other(uploadedOn)) {
      expect(body.equals(PNG)).toBe(true);
      break;
    }
    expect(i).toBeLessThan(10);
  }
});

test("a console on one copy's live stream sees a change made on the other copy", async () => {
  const user = await makeUser('agent', []);
  const session = await login(user);
  const ticket = await makeTicket({ subject: 'Verlichting kapot' });
  const tab = stream('/api/admin/events', { cookie: session.cookie });
  const a = await tab.connectedTo();
  await tab.waitFor('the hello', (e) => e.event === 'hello');

  const b = other(a);
  const url = `http://127.0.0.1:${b.port}/api/admin/tickets/${ticket.id}`;
  const { version } = (await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as {
    version: number;
  };
  const changed = await fetch(url, {
    method: 'PUT',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'pending_citizen', version }),
  });
  expect(changed.status).toBe(200);
  const event = await tab.waitFor(
    'the change to reach the other copy',
    (e) => e.event === 'ticket' && e.data.ticketId === ticket.id && e.data.type === 'updated',
  );
  expect(event.data).toMatchObject({ status: 'pending_citizen' });
  tab.close();
});

test('a waiting-room screen on one copy shows a call made on the other copy', async () => {
  const location = await db().location.create({ data: { name: 'Stadhuis', address: 'Grote Markt 1' } });
  const service = await db().service.create({
    data: { code: 'eid', nameNl: 'Identiteitskaart', nameEn: 'Identity card', durationMinutes: 10, queuePrefix: 'A' },
  });
  const desk = await db().desk.create({
    data: { locationId: location.id, name: 'Loket 1', services: { create: [{ serviceId: service.id }] } },
  });
  await db().deskHours.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      locationId: location.id,
      weekday,
      opens: '00:00',
      closes: '24:00',
      kind: 'walk_in' as const,
    })),
  });
  const kiosk = (await createDevice({ name: 'Zuil', kind: 'kiosk', locationId: location.id })).token;
  const screenToken = (await createDevice({ name: 'Scherm', kind: 'screen', locationId: location.id })).token;

  const screen = stream(`/display/stream?device=${screenToken}`);
  const a = await screen.connectedTo();
  await screen.waitFor('the snapshot', (e) => e.event === 'snapshot');
  const checkIn = await fetch(`${proxy.url}/api/kiosk/check-in`, {
    method: 'POST',
    headers: { 'x-device-token': kiosk, 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId: service.id }),
  });
  expect(checkIn.status).toBe(201);
  const { number } = (await checkIn.json()) as { number: string };

  const staff = await login(await makeUser('staff', []));
  const called = await fetch(`http://127.0.0.1:${other(a).port}/api/admin/desks/${desk.id}/call-next`, {
    method: 'POST',
    headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(called.status).toBe(200);
  const call = await screen.waitFor('the call on the screen', (e) => e.event === 'call');
  expect(call.data).toMatchObject({ number, desk: 'Loket 1' });
  screen.close();
});

test('a form reset unread by a stopping copy goes to the next copy; a request without a key is not resent', async () => {
  // A stand-in for a copy whose closing port resets the connections it had not read yet: it resets every request.
  // It is never marked down (max_fails=0), so round robin sends it every other request, as at the moment of a stop.
  const resetter = net.createServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
  await new Promise<void>((r) => resetter.listen(0, '127.0.0.1', r));
  onTeardown(() => new Promise<void>((r) => resetter.close(() => r())));
  const port = (resetter.address() as net.AddressInfo).port;
  const edge = await startNginx(freePort(), [port, apis[1].port], (conf) =>
    conf.replaceAll('max_fails=1 fail_timeout=5s', 'max_fails=0'),
  );
  onTeardown(() => edge.stop());
  const run = `reset-${randomBytes(3).toString('hex')}`;
  const send = (i: number, key?: string) =>
    fetch(`${edge.url}/api/public/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ email: `reset${i}@example.be`, subject: `${run} ${i}`, message: 'Bij het stoppen.' }),
    }).then((r) => r.status);

  const keyed = [];
  for (let i = 0; i < 4; i++) keyed.push(await send(i, `${run}-${i}`));
  const unkeyed = [];
  for (let i = 4; i < 8; i++) unkeyed.push(await send(i));
  const resets = (readFileSync(`${edge.dir}/error.log`, 'utf8').match(/reset by peer/g) ?? []).length;

  // with its Idempotency-Key every form is stored, once, also the ones the resetting copy received first
  expect(keyed).toEqual([201, 201, 201, 201]);
  // without one, nginx may not know whether it was stored: a 502 for those, and nothing half stored
  expect(unkeyed.filter((s) => s === 502).length).toBeGreaterThan(0);
  expect(unkeyed.every((s) => s === 201 || s === 502)).toBe(true);
  expect(resets).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < 8; i++) {
    const stored = await db().ticket.count({ where: { subject: `${run} ${i}` } });
    expect(stored).toBe(i < 4 || unkeyed[i - 4] === 201 ? 1 : 0);
  }
});

test('SIGTERM to one api copy under steady load through the proxy: every read answered, no form lost or doubled', async () => {
  const results: { kind: string; status: number | string; key?: string }[] = [];
  let running = true;
  const run = `last-${randomBytes(3).toString('hex')}`;
  let n = 0;
  const client = async () => {
    while (running) {
      const i = n++;
      if (i % 2 === 0) {
        const key = `${run}-${i}`;
        const res = await fetch(`${proxy.url}/api/public/tickets`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ email: `last${i}@example.be`, subject: `${run} ${i}`, message: 'Onder belasting.' }),
        }).then(
          (r) => r.status,
          (err: Error) => `error: ${err.message}`,
        );
        results.push({ kind: 'POST', status: res, key });
      } else {
        const res = await fetch(`${proxy.url}/api/public/categories`).then(
          async (r) => (await r.arrayBuffer(), r.status),
          (err: Error) => `error: ${err.message}`,
        );
        results.push({ kind: 'GET', status: res });
      }
    }
  };
  const clients = Array.from({ length: 8 }, client);
  await new Promise((r) => setTimeout(r, 1500));
  for (const copy of [...apis, ...workers]) notePeakRss(copy);
  const [a, b] = apis;
  const before = results.length;
  a.proc.kill('SIGTERM');
  expect(await exited(a.proc)).toBe(0);
  await new Promise((r) => setTimeout(r, 1500));
  running = false;
  await Promise.all(clients);
  notePeakRss(b);

  // Every request is answered. nginx resends a GET that a stopping copy did not answer, and a form with its
  // Idempotency-Key (deploy/nginx.conf): one that reached the copy while its listening socket closed is reset by the
  // kernel unread, and goes to the other copy instead of becoming a 502. Nothing may be half done or doubled.
  const failed = results.filter((r) => r.status !== (r.kind === 'GET' ? 200 : 201));
  // when one failed: nginx says which copy and how
  if (failed.length) console.log(readFileSync(`${proxy.dir}/error.log`, 'utf8'));
  expect(failed).toEqual([]);
  const posts = results.filter((r) => r.kind === 'POST');
  const resent = (
    readFileSync(`${proxy.dir}/error.log`, 'utf8').match(/while reading response header from upstream/g) ?? []
  ).length;
  // the load went on across the stop: requests were answered between the signal and the end of the run
  expect(results.length - before).toBeGreaterThan(0);
  // every ticket once, the resent ones too
  for (const r of posts) {
    expect(await db().ticket.count({ where: { subject: `${run} ${r.key!.slice(run.length + 1)}` } })).toBe(1);
  }
  console.log(
    `load through the proxy while api A stopped: ${results.length} requests, ${resent} reset unread and resent by nginx`,
  );
}, 60000);

test('a killed worker hands its mailbox to the other worker within 30 s: every mail becomes one message', async () => {
  const info = { user: 'info@testdorp.example', password: 'geheim-info' };
  const dovecot = await startDovecot([info]);
  onTeardown(() => dovecot.stop());
  const smtp = await startMailbox();
  onTeardown(() => smtp.close());
  await createMailbox({
    name: 'Algemeen',
    address: info.user,
    imapHost: dovecot.host,
    imapPort: dovecot.port,
    imapTls: false,
    imapUser: info.user,
    imapPassword: info.password,
    folder: 'INBOX',
    processedFolder: null,
  });
  // the workers look for new mailboxes every 15 s
  const reader = await eventually(
    async () => workers.find((w) => w.log.some((l) => l.includes('reading mailbox'))),
    30000,
    'a worker to read the mailbox',
  );
  const first = Array.from({ length: 20 }, newMessageId);
  await dovecot.appendMany(
    info,
    first.map((id, i) => rawEmail({ messageId: id, subject: `Eerste golf ${i}` })),
  );
  // killed in the middle of the work
  await eventually(
    async () => (await db().message.count({ where: { externalId: { in: first } } })) > 0 || undefined,
    20000,
    'the first mail read',
  );
  for (const w of workers) notePeakRss(w);
  reader.proc.kill('SIGKILL');
  const killedAt = Date.now();
  await exited(reader.proc);
  const second = Array.from({ length: 5 }, newMessageId);
  for (const id of second) await dovecot.append(info, rawEmail({ messageId: id, subject: 'Tweede golf' }));

  const heir = workers.find((w) => w !== reader)!;
  await eventually(async () => heir.log.some((l) => l.includes('reading mailbox')), 30000, 'the other worker');
  const handedOverMs = Date.now() - killedAt;
  const all = [...first, ...second];
  await eventually(
    async () => (await db().message.count({ where: { externalId: { in: all } } })) === all.length || undefined,
    30000,
    'every mail read',
  );
  // nothing doubled, also not what the killed worker was in the middle of
  await new Promise((r) => setTimeout(r, 2000));
  const counts = await db().message.groupBy({ by: ['externalId'], where: { externalId: { in: all } }, _count: true });
  expect(counts).toHaveLength(all.length);
  expect(counts.every((c) => c._count === 1)).toBe(true);
  expect(handedOverMs).toBeLessThan(30000);
  console.log(`mailbox handed over ${handedOverMs} ms after the reader was killed`);
}, 90000);
