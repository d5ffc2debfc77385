import './shortProbes';
import net from 'node:net';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { deliverNotification } from '../../src/notifications/deliver';
import type { OutboxRelay } from '../../src/notifications/relay';
import { circuitState } from '../../src/notifications/providerCircuit';
import { loginAs, makeUser } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { startTwilioStandIn, type TwilioStandIn } from '../support/twilio';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

// the app talks to SMTP_URL's port: a proxy that counts every connection, in front of the real server
let proxy: TcpProxy;
let mailPort: number;
let mailbox: Mailbox | undefined;
let twilio: TwilioStandIn;
let workers: OutboxRelay[] = [];

beforeAll(async () => {
  mailPort = await freePort();
  proxy = await startTcpProxy(Number(new URL(process.env.SMTP_URL!).port), { host: '127.0.0.1', port: mailPort });
  twilio = await startTwilioStandIn();
  onTeardown(() => proxy.close());
  onTeardown(() => twilio.close());
  onTeardown(() => mailbox?.close());
  onTeardown(() => Promise.all(workers.map((w) => w.close())));
});

// no send under way: every row is sent, failed or waiting
const queueSettled = () =>
  eventually(
    async () => (await db().notification.count({ where: { status: 'sending' } })) === 0,
    60_000,
    'the outbox to settle',
  );

const mails = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({
    channel: 'email' as const,
    template: 'acknowledgement',
    language: 'nl' as const,
    recipient: `${prefix}-${i}@example.be`,
    subject: `Uw vraag is goed ontvangen (${i})`,
    bodyText: 'We hebben uw vraag goed ontvangen.',
    headers: { autoSubmitted: 'auto-replied' },
  }));

test('with the mail server away, 1,000 acknowledgements wait without spending attempts (but the few under way) while one probe at a time asks; once it answers each arrives exactly once', async () => {
  // the mail server is not running: the proxy finds nothing behind it
  const ids = (
    await db().notification.createManyAndReturn({ data: mails(1000, 'wachtend'), select: { id: true } })
  ).map((r) => r.id);
  // two relays, as two worker processes: they share the circuit through Redis
  workers = [startOutboxWorker(), startOutboxWorker()];

  await eventually(() => circuitState('mail').then((s) => s.openSince), 15_000, 'the mail circuit to open');
  await queueSettled();
  // a few probes and safety-net passes go by: the relays leave the waiting rows alone, the probes keep failing
  await new Promise((r) => setTimeout(r, 1500));
  const waiting = await db().notification.findMany({
    where: { id: { in: ids } },
    select: { status: true, attempts: true, lastError: true },
  });
  expect(waiting.every((n) => n.status === 'pending')).toBe(true);
  // only the sends under way when the server failed (at most one per worker slot) spent an attempt, with its error
  const tried = waiting.filter((n) => n.attempts > 0);
  expect(tried.length).toBeLessThanOrEqual(16);
  expect(tried.every((n) => n.attempts === 1 && n.lastError)).toBe(true);
  expect(waiting.filter((n) => n.attempts === 0 && n.lastError === null)).toHaveLength(1000 - tried.length);
  // what reached the mail server's port: the sends already under way when it failed, and the probes; not one per row
  expect(proxy.connections).toBeLessThan(100);

  // the outage is visible to operators and agents
  const app = buildApp();
  const metrics = await request(app).get('/metrics');
  expect(metrics.text).toMatch(/voordeur_provider_unreachable\{provider="mail"\} 1/);
  const since = (await circuitState('mail')).openSince!;
  expect(metrics.text).toContain(
    `voordeur_provider_unreachable_since_seconds{provider="mail"} ${since.getTime() / 1000}`,
  );
  const agent = await loginAs(app, await makeUser('agent'));
  const status = await agent.get('/api/admin/system-status');
  expect(status.status).toBe(200);
  expect(status.body.providers).toContainEqual({
    provider: 'mail',
    reachable: false,
    unreachableSince: since.toISOString(),
  });
  expect(status.body.providers).toContainEqual({ provider: 'twilio', reachable: true, unreachableSince: null });

  // the mail server comes back
  mailbox = await startMailbox({ port: mailPort, unknownRecipients: /^onbekend@/ });
  await eventually(
    async () => (await db().notification.count({ where: { id: { in: ids }, status: 'sent' } })) === 1000,
    60_000,
    'all 1,000 to be sent',
  );
  await queueSettled();
  const received = mailbox.messages.map((m) => m.messageId);
  expect(received).toHaveLength(1000);
  expect(new Set(received)).toEqual(new Set(ids.map((id) => `<${id}@testdorp.example>`)));
  const sent = await db().notification.findMany({
    where: { id: { in: ids } },
    select: { attempts: true, sentAt: true },
  });
  expect(sent.every((n) => n.sentAt)).toBe(true);
  expect(sent.filter((n) => n.attempts === 2)).toHaveLength(tried.length);
  expect(sent.filter((n) => n.attempts === 1)).toHaveLength(1000 - tried.length);
  expect((await circuitState('mail')).openSince).toBeUndefined();
  expect((await request(app).get('/metrics')).text).toMatch(/voordeur_provider_unreachable\{provider="mail"\} 0/);
  expect((await agent.get('/api/admin/system-status')).body.providers).toContainEqual({
    provider: 'mail',
    reachable: true,
    unreachableSince: null,
  });
  // the next test sends by hand what it writes
  await Promise.all(workers.map((w) => w.close()));
  workers = [];
}, 180_000); // a thousand messages through a real SMTP server, twice over, on two shared cores

test('a refusal of one address (550) is that message’s own failure: the other mail goes out and sending never pauses', async () => {
  const [unknown, known] = await db().notification.createManyAndReturn({
    data: [
      { ...mails(1, 'x')[0], recipient: 'onbekend@example.be', subject: 'onbekend' },
      { ...mails(1, 'x')[0], recipient: 'bekend@example.be', subject: 'bekend' },
    ],
  });
  expect(await deliverNotification(unknown.id)).toBe('retry');
  expect(await db().notification.findUniqueOrThrow({ where: { id: unknown.id } })).toMatchObject({
    status: 'pending',
    attempts: 1,
    lastError: expect.stringMatching(/550/),
  });
  expect((await circuitState('mail')).openSince).toBeUndefined();
  expect(await deliverNotification(known.id)).toBe('sent');
  expect(mailbox!.messages.filter((m) => m.subject === 'bekend')).toHaveLength(1);
});

test('Twilio answering 5xx pauses text messages as a whole; each goes out once when it answers, and an invalid number (21211) stays that message’s failure', async () => {
  const numbers = Array.from({ length: 20 }, (_, i) => `+324701000${String(i).padStart(2, '0')}`);
  const invalid = '+32470999999';
  twilio.invalidNumbers.add(invalid);
  twilio.failNext(4, 503);
  const rows = await db().notification.createManyAndReturn({
    data: [...numbers, invalid].map((to) => ({
      channel: 'sms' as const,
      template: 'acknowledgement',
      language: 'nl' as const,
      recipient: to,
      bodyText: 'Uw vraag is goed ontvangen.',
    })),
    select: { id: true, recipient: true },
  });
  workers = [startOutboxWorker(), startOutboxWorker()];
  const valid = rows.filter((r) => r.recipient !== invalid).map((r) => r.id);
  await eventually(
    async () => (await db().notification.count({ where: { id: { in: valid }, status: 'sent' } })) === 20,
    30_000,
    'the text messages to be sent',
  );
  await queueSettled();
  const accepted = twilio.requests
    .filter((r) => r.path.endsWith('/Messages.json') && r.status === 201)
    .map((r) => r.params.To);
  expect(accepted.sort()).toEqual([...numbers].sort());
  // a message that waited while the circuit was open spent no attempt; only those that met a 503 themselves did
  const sent = await db().notification.findMany({
    where: { id: { in: valid } },
    select: { attempts: true, providerId: true },
  });
  expect(sent.every((n) => n.providerId?.startsWith('SM'))).toBe(true);
  expect(sent.filter((n) => n.attempts === 1).length).toBeGreaterThanOrEqual(16);
  expect(sent.every((n) => n.attempts <= 2)).toBe(true);
  expect(twilio.requests.filter((r) => r.status === 503)).toHaveLength(4);
  const refused = await eventually(async () => {
    const n = await db().notification.findFirstOrThrow({ where: { recipient: invalid } });
    return n.lastError?.includes('not a valid phone number') ? n : undefined;
  });
  expect(refused.attempts).toBeGreaterThanOrEqual(1);
  expect((await circuitState('twilio')).openSince).toBeUndefined();
});
