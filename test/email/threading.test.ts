import type { ParsedMail } from 'mailparser';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loginAs, makeTicket, makeUser, type Console } from '../support/factories';
import { eventually } from '../support/wait';
import { emailWorld, newMessageId, rawEmail, ticketsWithEmail, waitForMessages, type EmailWorld } from './support';

const app = buildApp();
let world: EmailWorld;
let agent: Console;

beforeAll(async () => {
  world = await emailWorld();
  world.runner();
  agent = await loginAs(app, await makeUser('agent', [], 'Sofie Peeters'));
}, 30000);

/** The nth mail we sent whose subject contains the text. */
async function mailTo(subjectPart: string, nth = 1): Promise<ParsedMail> {
  return eventually(
    async () => world.smtp.messages.filter((m) => m.subject?.includes(subjectPart))[nth - 1],
    15000,
    `mail "${subjectPart}" #${nth}`,
  );
}

test('a conversation of three exchanges stays on one ticket, threaded by headers, with one acknowledgement', async () => {
  const first = newMessageId();
  await world.dovecot.append(world.info, rawEmail({ messageId: first, subject: 'Vraag over mijn identiteitskaart' }));
  await waitForMessages(1);
  const [ticket] = await ticketsWithEmail();
  expect(ticket).toMatchObject({
    subject: 'Vraag over mijn identiteitskaart',
    channel: 'email',
    mailboxId: world.mailbox.id,
    status: 'new',
  });

  const ack = await mailTo(ticket.reference);
  expect(ack.subject).toContain('We hebben uw bericht ontvangen');
  expect(ack.inReplyTo).toBe(first);
  expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
  expect(ack.from?.value[0].address).toBe('info@testdorp.example');

  await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`, { body: 'Breng uw oude kaart en een recente pasfoto mee.' })
    .expect(201);
  const reply1 = await mailTo(`[${ticket.reference}] Re:`);
  expect(reply1.inReplyTo).toBe(first);
  expect(reply1.references).toEqual(expect.arrayContaining([first]));

  const second = newMessageId();
  await world.dovecot.append(
    world.info,
    rawEmail({
      messageId: second,
      inReplyTo: reply1.messageId,
      references: [first, reply1.messageId!],
      subject: `Antw: ${reply1.subject}`,
      body: 'Moet de pasfoto recent zijn?\n\nOp ma 23 nov. 2026 om 10:12 schreef Gemeente Testdorp <info@testdorp.example>:\n> Breng uw oude kaart en een recente pasfoto mee.\n',
    }),
  );
  await waitForMessages(2);
  await agent.post(`/api/admin/tickets/${ticket.id}/reply`, { body: 'Ja, niet ouder dan zes maanden.' }).expect(201);
  const reply2 = await mailTo(`[${ticket.reference}] Re:`, 2);
  expect(reply2.inReplyTo).toBe(second);
  expect(reply2.references).toEqual(expect.arrayContaining([first, second]));

  // the third mail has a subject of its own: the headers alone bring it home
  await world.dovecot.append(
    world.info,
    rawEmail({
      messageId: newMessageId(),
      inReplyTo: reply2.messageId,
      references: [first, second, reply2.messageId!],
      subject: 'Nog een kleine vraag',
      body: 'Dank u!',
    }),
  );
  await waitForMessages(3);

  const tickets = await ticketsWithEmail();
  expect(tickets).toHaveLength(1);
  const inbound = tickets[0].messages.filter((m) => m.direction === 'inbound');
  expect(inbound.map((m) => m.displayText)).toEqual([
    expect.stringContaining('identiteitskaart vervalt'),
    'Moet de pasfoto recent zijn?',
    'Dank u!',
  ]);
  expect(await db().notification.count({ where: { ticketId: ticket.id, template: 'ticket_received' } })).toBe(1);
  expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('open');
});

test('a reply with only the reference in the subject joins its ticket, whatever prefixes the mail program added', async () => {
  const web = await makeTicket({ subject: 'Straatlamp stuk', email: 'luc@example.be' });
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'Luc <luc@example.be>',
      subject: `RE: Doorst: AW: [${web.reference}] Straatlamp stuk`,
      body: 'Ze brandt nog altijd niet.',
    }),
  );
  await waitForMessages(4);
  const messages = await db().message.findMany({ where: { ticketId: web.id }, orderBy: { createdAt: 'asc' } });
  expect(messages.map((m) => m.channel)).toEqual(['web', 'email']);
  expect(messages[1].displayText).toBe('Ze brandt nog altijd niet.');
});

test('a reference with a wrong check digit is not trusted: the mail opens a new ticket', async () => {
  const web = await makeTicket({ subject: 'Bank kapot', email: 'eva@example.be' });
  const digits = web.reference.replace(/\D/g, '');
  const wrong = `VD-${digits.slice(0, 4)}-${digits.slice(4, 7)}${(Number(digits[7]) + 1) % 10}`;
  await world.dovecot.append(
    world.info,
    rawEmail({ from: 'eva@example.be', subject: `Re: [${wrong}] Bank kapot`, body: 'Nog steeds kapot.' }),
  );
  await waitForMessages(5);
  expect(await db().message.count({ where: { ticketId: web.id } })).toBe(1);
  const fresh = await db().ticket.findFirstOrThrow({ where: { channel: 'email', subject: 'Bank kapot' } });
  expect(fresh.id).not.toBe(web.id);
});

test('a new citizen writing in English gets the acknowledgement in English; so does a known one who now writes in English', async () => {
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'John Smith <john.smith@example.com>',
      subject: 'Question about registering',
      body: 'Hello, I moved here last week from Poland. How do I register as a new resident, and which documents should I bring?',
    }),
  );
  const en = await mailTo('We received your message');
  expect(en.text).toContain('Dear John Smith');
  await makeTicket({ email: 'vaste.klant@example.be', name: 'Vaste Klant' });
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'vaste.klant@example.be',
      subject: 'Another question',
      body: 'Hello, could you please tell me when the recycling park is open on Saturdays during the holidays?',
    }),
  );
  const known = await mailTo('Another question');
  expect(known.subject).toContain('We received your message');
});
