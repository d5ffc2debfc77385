import '../notifications/shortStatusDelay';
import type { ParsedMail } from 'mailparser';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loginAs, makeTicket, makeUser, type Console } from '../support/factories';
import { eventually } from '../support/wait';
import { emailWorld, rawEmail, type EmailWorld } from './support';

const app = buildApp();
let world: EmailWorld;
let agent: Console;

beforeAll(async () => {
  world = await emailWorld();
  world.runner();
  agent = await loginAs(app, await makeUser('agent'));
}, 30000);

const mailsTo = (address: string) => world.smtp.messages.filter((m) => JSON.stringify(m.to ?? '').includes(address));
const nthMailTo = (address: string, n: number): Promise<ParsedMail> =>
  eventually(async () => mailsTo(address)[n - 1], 15000, `mail #${n} to ${address}`);
const ticketFrom = (address: string) =>
  eventually(
    () =>
      db()
        .ticket.findFirst({
          where: { contact: { identities: { some: { value: address } } } },
          include: { contact: true, messages: true },
          orderBy: { createdAt: 'desc' },
        })
        .then((t) => t ?? undefined),
    15000,
    `ticket from ${address}`,
  );

test('a citizen who writes in English is acknowledged in English, and later hears about their case in English', async () => {
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'Priya Sharma <priya@example.com>',
      subject: 'Broken street light',
      body: 'Hello, the street light in front of our house has been broken since Monday. Could someone fix it? Kind regards, Priya',
    }),
  );
  const ack = await nthMailTo('priya@example.com', 1);
  expect(ack.subject).toMatch(/^\[VD-[A-Z0-9-]+\] We received your message: Broken street light$/);
  expect(ack.text).toContain('Dear Priya Sharma');
  const ticket = await ticketFrom('priya@example.com');
  expect(ticket.language).toBe('en');
  expect(ticket.contact?.language).toBe('en');

  await agent.edit(`/api/admin/tickets/${ticket.id}`, { status: 'open' }).then((r) => expect(r.status).toBe(200));
  const update = await nthMailTo('priya@example.com', 2);
  expect(update.subject).toBe(`[${ticket.reference}] Your case is being handled`);
  expect(update.text).toContain('Your question "Broken street light" is now being handled');
});

test.each([
  [
    'French',
    'claire@example.fr',
    'Lampadaire cassé',
    'Bonjour, le lampadaire devant notre maison ne fonctionne plus depuis lundi. Pouvez-vous le réparer ? Merci beaucoup.',
    'fr',
  ],
  [
    'German',
    'jonas@example.de',
    'Straßenlaterne kaputt',
    'Guten Tag, die Straßenlaterne vor unserem Haus ist seit Montag kaputt. Können Sie sie bitte reparieren? Vielen Dank.',
    'de',
  ],
])(
  'a citizen who writes in %s is answered in Dutch (Flemish language legislation)',
  async (_language, from, subject, body, code) => {
    await world.dovecot.append(world.info, rawEmail({ from, subject, body }));
    const ack = await nthMailTo(from, 1);
    expect(ack.subject).toContain('We hebben uw bericht ontvangen');
    expect(ack.text).toContain('Beste');
    const ticket = await ticketFrom(from);
    expect(ticket.language).toBe('nl');
    expect(ticket.contact?.language).toBe('nl');
    // the agent can still see what the mail was written in
    expect((ticket.messages[0].meta as { email: { writtenIn: string } }).email.writtenIn).toBe(code);

    await agent.edit(`/api/admin/tickets/${ticket.id}`, { status: 'open' }).then((r) => expect(r.status).toBe(200));
    expect((await nthMailTo(from, 2)).subject).toBe(`[${ticket.reference}] Uw dossier is in behandeling`);
  },
);

test('a known citizen who now writes in English is answered in English, and a short mail keeps the language they used', async () => {
  await makeTicket({ email: 'vaste.klant@example.be', name: 'Vaste Klant' });
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'vaste.klant@example.be',
      subject: 'Another question',
      body: 'Hello, could you please tell me when the recycling park is open on Saturdays during the holidays?',
    }),
  );
  expect((await nthMailTo('vaste.klant@example.be', 1)).subject).toContain(
    'We received your message: Another question',
  );
  expect(
    (await db().contact.findFirstOrThrow({ where: { identities: { some: { value: 'vaste.klant@example.be' } } } }))
      .language,
  ).toBe('en');

  // too short to tell: the language they used before stands
  await world.dovecot.append(
    world.info,
    rawEmail({ from: 'vaste.klant@example.be', subject: 'Parking', body: 'Any news?' }),
  );
  expect((await nthMailTo('vaste.klant@example.be', 2)).subject).toContain('We received your message: Parking');
});
