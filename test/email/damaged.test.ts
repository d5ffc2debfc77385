import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { listUrl, loginAs, makeDepartment, makeUser, type Console } from '../support/factories';
import { eventually } from '../support/wait';
import { emailWorld, newMessageId, type EmailWorld } from './support';

// Mail as broken as it arrives in a town hall's inbox: the parser reads it without an error, and without care
// the ticket would get an empty or garbled body while the original is gone.
const app = buildApp();
let world: EmailWorld;
let staff: Console;
let outsider: Console;

beforeAll(async () => {
  world = await emailWorld();
  const onthaal = await makeDepartment('Onthaal');
  await db().mailbox.update({ where: { id: world.mailbox.id }, data: { defaultDepartmentId: onthaal.id } });
  world.runner();
  staff = await loginAs(app, await makeUser('staff', [onthaal.id]));
  outsider = await loginAs(app, await makeUser('staff', [(await makeDepartment('Milieu')).id]));
}, 30000);

function head(subject: string, contentType: string, extra: string[] = []): string[] {
  return [
    'From: Jan Peeters <jan.peeters@example.be>',
    'To: info@testdorp.example',
    `Subject: ${subject}`,
    'Date: Fri, 04 Dec 2026 09:15:00 +0100',
    `Message-ID: ${newMessageId()}`,
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
    ...extra,
  ];
}
const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

/** Appends the mail to Dovecot and waits for what the worker made of it. */
async function deliver(raw: Buffer, subject: string) {
  await world.dovecot.append(world.info, raw);
  const ticket = await eventually(
    () =>
      db()
        .ticket.findFirst({ where: { subject } })
        .then((t) => t ?? undefined),
    15000,
    `ticket "${subject}"`,
  );
  const [message] = (await staff.get(listUrl('messages', { filter: { ticketId: ticket.id } })).expect(200)).body;
  const events = (await staff.get(listUrl('ticket-events', { filter: { ticketId: ticket.id } })).expect(200)).body as {
    type: string;
    data: { problems: string[]; attachmentId: string };
  }[];
  return { ticket, message, damaged: events.find((e) => e.type === 'email_damaged') };
}

async function expectOriginal(
  message: { attachments: { id: string; filename: string; contentType: string; url: string }[] },
  raw: Buffer,
) {
  const original = message.attachments.find((a) => a.contentType === 'message/rfc822');
  expect(original?.filename).toBe('origineel-bericht.eml');
  const res = await staff
    .get(original!.url)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment;/);
  expect(Buffer.compare(res.body as Buffer, raw)).toBe(0);
  // another department's staff cannot fetch it
  expect((await outsider.get(original!.url)).status).toBe(404);
  return original!;
}

test('a multipart mail whose boundary never occurs keeps its text, its original byte for byte, and is flagged', async () => {
  const raw = crlf([
    ...head('Straatlamp kapot', 'multipart/mixed; boundary="----=_Part_0_1234"'),
    '',
    'Beste,',
    '',
    'De straatlamp aan de Kerkstraat 12 is al een week kapot.',
    '',
    'Groeten,',
    'Jan',
    '',
  ]);
  const { message, damaged } = await deliver(raw, 'Straatlamp kapot');
  expect(message.bodyText).toContain('De straatlamp aan de Kerkstraat 12 is al een week kapot.');
  expect(message.bodyText).not.toContain('Content-Type');
  expect(damaged?.data.problems).toEqual(expect.arrayContaining(['boundary_missing', 'recovered_from_raw']));
  const original = await expectOriginal(message, raw);
  expect(damaged?.data.attachmentId).toBe(original.id);
});

test('a mail cut off in the middle of a part keeps what was readable and its original', async () => {
  const raw = crlf([
    ...head('Afspraak paspoort', 'multipart/mixed; boundary="grens"'),
    '',
    '--grens',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Goedendag, ik wil een afspraak voor een nieuw paspoort.',
    '--grens',
    'Content-Type: application/pdf; name="brief.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    'JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5n',
  ]);
  const { message, damaged } = await deliver(raw, 'Afspraak paspoort');
  expect(message.bodyText).toContain('Goedendag, ik wil een afspraak voor een nieuw paspoort.');
  expect(damaged?.data.problems).toEqual(['truncated']);
  await expectOriginal(message, raw);
});

test('a mail in a charset no one knows, with broken base64, is read from its bytes and flagged', async () => {
  const raw = Buffer.concat([
    crlf([
      ...head('Vuilbak niet geledigd', 'text/plain; charset="x-klingon-8"', ['Content-Transfer-Encoding: base64']),
      '',
      '',
    ]),
    Buffer.from('***Onze vuilbak in de Molenstraat werd vandaag niet geledigd. Groeten, Ren\xe9***\r\n', 'latin1'),
  ]);
  const { message, damaged } = await deliver(raw, 'Vuilbak niet geledigd');
  expect(message.bodyText).toContain('Onze vuilbak in de Molenstraat werd vandaag niet geledigd. Groeten, René');
  expect(damaged?.data.problems).toEqual(expect.arrayContaining(['undecodable', 'recovered_from_raw']));
  await expectOriginal(message, raw);
});

test('a sound mail is not flagged and carries no copy of itself', async () => {
  const raw = crlf([
    ...head('Bank kapot', 'multipart/alternative; boundary="b1"'),
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'De bank in het park is kapot.',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>De bank in het park is kapot.</p>',
    '--b1--',
    '',
  ]);
  const { message, damaged } = await deliver(raw, 'Bank kapot');
  expect(message.bodyText).toBe('De bank in het park is kapot.');
  expect(damaged).toBeUndefined();
  expect(message.attachments).toEqual([]);
});
