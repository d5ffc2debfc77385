import { OWN_REDIS_PORT } from './ownRedis';
import { spawn, type ChildProcess } from 'node:child_process';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

// A Redis of the test's own, which it stops and starts for real.
let redis: ChildProcess | undefined;
async function startRedis() {
  redis = spawn(
    'redis-server',
    ['--port', String(OWN_REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  await eventually(
    async () => {
      const net = await import('node:net');
      return new Promise<boolean | undefined>((resolve) => {
        const s = net.connect(OWN_REDIS_PORT, '127.0.0.1', () => (s.destroy(), resolve(true)));
        s.on('error', () => resolve(undefined));
      });
    },
    10000,
    'redis up',
  );
}
async function stopRedis() {
  const proc = redis!;
  proc.kill('SIGKILL');
  await new Promise((r) => proc.once('exit', r));
  redis = undefined;
}

const app = buildApp();
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox();
  onTeardown(() => mailbox.close());
  await startRedis();
});

// Stopped after the shared set-up's afterAll (jest runs a test file's own afterAll after it), which closes this
// file's Redis clients and forgets its keys. Killed before that, a client that still held commands for it when told
// to quit (ioredis queues the QUIT behind them; the live events' and the relay's circuit reads' clients were among
// those found reconnecting) went on reconnecting to a Redis that was gone, and jest had to force this file's worker
// process to exit.
afterAll(async () => {
  if (redis) await stopRedis();
});

test('with Redis gone the contact form still takes every contact, and the mail goes out once Redis is back', async () => {
  await stopRedis();
  const ready = await request(app).get('/health/ready');
  expect(ready.status).toBe(503);
  expect(ready.body.checks.find((c: { name: string }) => c.name === 'redis').ok).toBe(false);

  const references: string[] = [];
  const waited: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    const res = await request(app)
      .post('/api/public/tickets')
      .send({ email: `tijdens.storing${i}@example.be`, subject: 'Tijdens de storing', message: 'Komt dit aan?' });
    waited.push(Date.now() - started);
    expect(res.status).toBe(201);
    references.push(res.body.reference);
  }
  // only the first waits (at most 2 s) for a first connection to Redis; the citizens after it are not kept waiting
  // for the live event that cannot be published
  for (const ms of waited.slice(1)) expect(ms).toBeLessThan(1500);
  expect(
    await db().notification.count({ where: { status: 'pending', ticket: { reference: { in: references } } } }),
  ).toBe(5);

  await startRedis();
  const worker = startOutboxWorker();
  onTeardown(() => worker.close());
  await eventually(
    async () =>
      (await db().notification.count({ where: { status: 'sent', ticket: { reference: { in: references } } } })) === 5
        ? true
        : undefined,
    20000,
    'backlog drained',
  );
  expect(mailbox.messages.filter((m) => references.some((r) => m.subject?.includes(r)))).toHaveLength(5);
  await worker.close();
}, 60000);

test('with Redis gone the outbox still sends: the relay needs PostgreSQL only', async () => {
  await stopRedis();
  const worker = startOutboxWorker();
  onTeardown(() => worker.close());
  const res = await request(app)
    .post('/api/public/tickets')
    .send({ email: 'zonder.redis@example.be', subject: 'Zonder Redis', message: 'Komt dit toch aan?' });
  expect(res.status).toBe(201);
  const reference: string = res.body.reference;
  await eventually(
    async () =>
      (await db().notification.count({ where: { status: 'sent', ticket: { reference } } })) === 1 ? true : undefined,
    20000,
    'sent without Redis',
  );
  expect(mailbox.messages.filter((m) => m.subject?.includes(reference))).toHaveLength(1);
  await worker.close();
  await startRedis();
}, 60000);
