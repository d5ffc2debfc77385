import type { ChildProcess } from 'node:child_process';
import { SMTPServer } from 'smtp-server';
import { db } from '../../src/db';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { exited, startVoordeur } from './processes';

/**
 * A mail server that holds the DATA of each message's first delivery without answering (as a server that hangs
 * after receiving it) and accepts every later one; it counts what it accepted by Message-ID.
 */
async function holdingMailServer(port: number) {
  const accepted = new Map<string, number>();
  const held = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 50,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (c: Buffer) => {
        if (head.length < 8192) head += c.toString('latin1');
      });
      stream.on('end', () => {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? 'none';
        if (!held.has(id)) {
          held.add(id);
          return; // never answered: the sender waits inside its send
        }
        accepted.set(id, (accepted.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  // a killed worker's connections end abruptly
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return { accepted, held, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function worker(): { proc: ChildProcess; log: string[] } {
  // the default lease (20 s) and renewal (5 s): what a town runs with
  const proc = startVoordeur('worker', { LOG_LEVEL: 'info', OUTBOX_SWEEP_INTERVAL_MS: '30000' });
  const log: string[] = [];
  proc.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
  proc.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
  onTeardown(() => proc.kill('SIGKILL'));
  return { proc, log };
}

test('a worker killed while its sends hang leaves them to the other worker within 30 s, and each message arrives exactly once', async () => {
  const mail = await holdingMailServer(Number(new URL(process.env.SMTP_URL!).port));
  onTeardown(() => mail.close());
  const first = worker();
  await eventually(async () => first.log.some((l) => l.includes('workers started')) || undefined, 60_000, 'worker 1');

  const n = 5;
  const ids = (
    await db().notification.createManyAndReturn({
      data: Array.from({ length: n }, (_, i) => ({
        channel: 'email' as const,
        template: 'acknowledgement',
        language: 'nl' as const,
        recipient: `vast-${i}@example.be`,
        subject: `Vast ${i}`,
        bodyText: 'x',
      })),
      select: { id: true },
    })
  ).map((r) => r.id);
  // what addToOutbox's writers do after their commit
  await db().$executeRawUnsafe('NOTIFY outbox');
  const messageIds = ids.map((id) => `<${id}@testdorp.example>`);
  // the first worker claimed them all and hangs in their sends
  await eventually(async () => messageIds.every((m) => mail.held.has(m)) || undefined, 20_000, 'the sends to hang');

  const second = worker();
  await eventually(async () => second.log.some((l) => l.includes('workers started')) || undefined, 60_000, 'worker 2');
  // longer than a lease: the first worker renews it while its sends are under way, so the second leaves them alone
  await new Promise((r) => setTimeout(r, 25_000));
  expect(mail.accepted.size).toBe(0);
  const rows = await db().notification.findMany({
    where: { id: { in: ids } },
    select: { status: true, attempts: true },
  });
  expect(rows.every((r) => r.status === 'sending' && r.attempts === 1)).toBe(true);

  first.proc.kill('SIGKILL');
  await exited(first.proc);
  const killedAt = Date.now();
  await eventually(
    async () => messageIds.every((m) => mail.accepted.has(m)) || undefined,
    40_000,
    'the second worker to send them',
  );
  expect(Date.now() - killedAt).toBeLessThan(30_000);
  await eventually(
    async () => (await db().notification.count({ where: { id: { in: ids }, status: 'sent' } })) === n || undefined,
    10_000,
    'the rows marked sent',
  );
  // a moment for anything sent twice to arrive
  await new Promise((r) => setTimeout(r, 1000));
  expect([...mail.accepted.keys()].sort()).toEqual([...messageIds].sort());
  expect([...mail.accepted.values()].every((count) => count === 1)).toBe(true);
  const sent = await db().notification.findMany({ where: { id: { in: ids } }, select: { attempts: true } });
  expect(sent.every((r) => r.attempts === 2)).toBe(true);

  second.proc.kill('SIGTERM');
  expect(await exited(second.proc)).toBe(0);
}, 180_000);
