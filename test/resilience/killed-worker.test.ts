import net from 'node:net';
import { db } from '../../src/db';
import { startMailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { makeNotification, makeTicket } from '../support/factories';
import { exited, freePort, startVoordeur } from './processes';

test('a worker killed in the middle of sending leaves the message to be sent once by another worker', async () => {
  // an SMTP server that greets and then never answers: the first worker hangs inside the send
  const hangingPort = freePort();
  const sockets = new Set<net.Socket>();
  const hanging = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.write('220 traag.example ESMTP\r\n');
  });
  await new Promise<void>((r) => hanging.listen(hangingPort, '127.0.0.1', () => r()));
  onTeardown(() => {
    for (const s of sockets) s.destroy();
    return new Promise((r) => hanging.close(r));
  });
  const ticket = await makeTicket();
  const row = await makeNotification({
    recipient: 'eenmaal@example.be',
    subject: `Eenmaal ${ticket.reference}`,
    ticketId: ticket.id,
  });
  const quick = {
    QUEUE_LOCK_MS: '2000',
    OUTBOX_LEASE_MS: '3000',
    OUTBOX_LEASE_RENEW_MS: '1000',
    OUTBOX_SWEEP_INTERVAL_MS: '1000',
  };

  const first = startVoordeur('worker', { ...quick, SMTP_URL: `smtp://127.0.0.1:${hangingPort}` });
  onTeardown(() => first.kill('SIGKILL'));
  await eventually(
    async () =>
      (await db().notification.findUniqueOrThrow({ where: { id: row.id } })).status === 'sending' || undefined,
    20000,
    'send started',
  );
  first.kill('SIGKILL');
  await exited(first);

  const mailbox = await startMailbox();
  onTeardown(() => mailbox.close());
  const second = startVoordeur('worker', quick);
  onTeardown(() => second.kill('SIGKILL'));
  const sent = await eventually(
    async () => {
      const n = await db().notification.findUniqueOrThrow({ where: { id: row.id } });
      return n.status === 'sent' ? n : undefined;
    },
    30000,
    'sent by the second worker',
  );
  expect(sent.attempts).toBe(2);
  await new Promise((r) => setTimeout(r, 2500));
  expect(mailbox.messages.filter((m) => m.subject === `Eenmaal ${ticket.reference}`)).toHaveLength(1);
  second.kill('SIGTERM');
  expect(await exited(second)).toBe(0);
}, 90000);
