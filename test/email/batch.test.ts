import { randomBytes } from 'node:crypto';
import { db } from '../../src/db';
import { eventually } from '../support/wait';
import { emailWorld, newMessageId, rawEmail, waitForMessages, type EmailWorld } from './support';

// Mail that waits in the mailbox is read many at a time (see src/channels/email/syncPass.ts): these check that
// doing so keeps threads together and keeps every message exactly once.

let world: EmailWorld;

beforeAll(async () => {
  world = await emailWorld();
}, 30000);

const allSeen = async () =>
  (await world.dovecot.messages(world.info)).every((m) => m.flags.includes('\\Seen')) || undefined;

/** A first mail that takes longer to ingest than its replies (a 2 MB PDF to store), so a reply read beside it would win. */
function originalWithPdf(messageId: string, from: string, subject: string): string {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);
  return [
    `From: ${from}`,
    'To: info@testdorp.example',
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Goedendag, in bijlage mijn aanvraag voor een parkeerkaart.',
    '--b1',
    'Content-Type: application/pdf; name="aanvraag.pdf"',
    'Content-Disposition: attachment; filename="aanvraag.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--b1--',
    '',
  ].join('\r\n');
}

test('replies read in the same batch as the mail they answer join its ticket', async () => {
  const raws: string[] = [];
  const threads: { first: string; subject: string }[] = [];
  for (let i = 1; i <= 4; i++) {
    const first = newMessageId();
    const subject = `Parkeerkaart ${i}`;
    threads.push({ first, subject });
    raws.push(originalWithPdf(first, `Burger ${i} <burger${i}@example.be>`, subject));
    // the citizen adds something at once, and a neighbour they copied answers the same mail
    raws.push(
      rawEmail({
        from: `burger${i}@example.be`,
        subject: `Re: ${subject}`,
        inReplyTo: first,
        references: [first],
        body: 'Ik vergat mijn nummerplaat: 1-ABC-123.',
      }),
    );
    raws.push(
      rawEmail({
        from: `buur${i}@example.be`,
        subject: `Re: ${subject}`,
        references: [first],
        body: 'Ik heb dezelfde vraag.',
      }),
    );
    raws.push(rawEmail({ from: `ander${i}@example.be`, subject: `Losse vraag ${i}` }));
  }
  const before = await db().message.count({ where: { channel: 'email' } });
  await world.dovecot.appendMany(world.info, raws);
  const runner = world.runner();
  await waitForMessages(before + raws.length, 30000);
  await eventually(allSeen, 15000, 'all marked seen');
  await runner.stop();

  for (const { first, subject } of threads) {
    const original = await db().message.findFirstOrThrow({ where: { externalId: first } });
    const onTicket = await db().message.findMany({
      where: { ticketId: original.ticketId },
      select: { bodyText: true },
    });
    expect({ subject, messages: onTicket.length }).toEqual({ subject, messages: 3 });
  }
  expect(await db().ticket.count({ where: { subject: { startsWith: 'Parkeerkaart ' } } })).toBe(4);
  expect(await db().ticket.count({ where: { subject: { startsWith: 'Losse vraag ' } } })).toBe(4);
}, 60000);

test('an ingest that fails in the middle of a batch loses and doubles nothing once the reader reads again', async () => {
  const before = await db().message.count({ where: { channel: 'email' } });
  const uids: number[] = [];
  for (let i = 1; i <= 12; i++) {
    uids.push(await world.dovecot.append(world.info, rawEmail({ subject: `Fout ${i}`, from: `fout${i}@example.be` })));
  }
  // an unreadable mail is kept in quarantine: read again, it must not be kept twice
  const broken = await world.dovecot.append(world.info, Buffer.from('\u0000\u0001 no mail at all \u0000\r\n\r\n'));
  for (let i = 13; i <= 20; i++) {
    uids.push(await world.dovecot.append(world.info, rawEmail({ subject: `Fout ${i}`, from: `fout${i}@example.be` })));
  }
  let failed = false;
  // committed, then the failure before it is marked processed: the reader drops the connection and reads again
  const runner = world.runner({
    afterIngest: (uid) => {
      if (!failed && uid === BigInt(broken)) {
        failed = true;
        throw new Error('storage went away');
      }
    },
  });
  await waitForMessages(before + 20, 30000);
  await eventually(allSeen, 20000, 'all marked seen');
  await runner.stop();
  expect(failed).toBe(true);

  const subjects = (
    await db().ticket.findMany({ where: { subject: { startsWith: 'Fout ' } }, select: { subject: true } })
  ).map((t) => t.subject);
  expect(subjects.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Fout ${i + 1}`).sort());
  expect(await db().message.count({ where: { channel: 'email' } })).toBe(before + 20);
  expect(await db().quarantinedEmail.count({ where: { uid: BigInt(broken) } })).toBe(1);
  const mailbox = await db().mailbox.findUniqueOrThrow({ where: { id: world.mailbox.id } });
  expect(mailbox.lastUid).toBe(BigInt(Math.max(...uids)));
}, 60000);
