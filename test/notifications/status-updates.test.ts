import './shortStatusDelay';
import type { Express } from 'express';
import type { OutboxRelay } from '../../src/notifications/relay';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { intake } from '../../src/intake/intake';
import { loginAs, makeDepartment, makeUser, type Console } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { startTwilioStandIn, type TwilioStandIn } from '../support/twilio';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

let app: Express;
let mailbox: Mailbox;
let twilio: TwilioStandIn;
let worker: OutboxRelay;
let agent: Console;
let admin: Console;
let dept: string;

beforeAll(async () => {
  app = buildApp();
  mailbox = await startMailbox();
  twilio = await startTwilioStandIn();
  worker = startOutboxWorker();
  onTeardown(() => Promise.all([mailbox.close(), twilio.close(), worker.close()]));
  dept = (await makeDepartment('Openbare Werken')).id;
  agent = await loginAs(app, await makeUser('agent'));
  admin = await loginAs(app, await makeUser('admin'));
});

async function ticketFor(
  contact: { email?: string; phone?: string; name?: string },
  opts: { language?: 'nl' | 'en'; channel?: 'web' | 'phone' | 'sms'; subject?: string } = {},
) {
  const { ticket } = await intake({
    channel: opts.channel ?? 'web',
    contact: { name: contact.name ?? 'Marie Janssens', ...contact },
    language: opts.language,
    subject: opts.subject ?? 'Put in de Kerkstraat',
    body: 'Er zit een diepe put in het fietspad.',
    departmentId: dept,
    acknowledge: false,
  });
  return ticket;
}

const setStatus = (id: string, status: string) =>
  agent.edit(`/api/admin/tickets/${id}`, { status }).then((r) => expect(r.status).toBe(200));
const mailsTo = (to: string) => mailbox.messages.filter((m) => m.to && JSON.stringify(m.to).includes(to));
const settle = () => new Promise((r) => setTimeout(r, 2500));

test('each status change a citizen should hear about is one outbox row and one email, in their language, with the tracking link', async () => {
  const t = await ticketFor({ email: 'marie.status@example.be' });
  await setStatus(t.id, 'open');
  await eventually(async () => mailsTo('marie.status@example.be').length === 1 || undefined);
  await setStatus(t.id, 'resolved');
  await setStatus(t.id, 'closed'); // closing a resolved case is no news
  await eventually(async () => mailsTo('marie.status@example.be').length === 2 || undefined);
  await settle();
  const rows = await db().notification.findMany({ where: { ticketId: t.id }, orderBy: { createdAt: 'asc' } });
  expect(rows.map((r) => [r.template, r.status])).toEqual([
    ['status_open', 'sent'],
    ['status_resolved', 'sent'],
  ]);
  const mails = mailsTo('marie.status@example.be');
  expect(mails.map((m) => m.subject)).toEqual([
    `[${t.reference}] Uw dossier is in behandeling`,
    `[${t.reference}] Uw dossier is afgehandeld`,
  ]);
  expect(mails[1].text).toContain('"Put in de Kerkstraat" is afgehandeld door de dienst Openbare Werken');
  expect(mails[1].text).toMatch(/Volg uw dossier: http:\/\/voordeur\.test\/volg\/[A-Za-z0-9_-]{43}\n/);
  expect(mails[1].text).toMatch(/Meld u hier af: http:\/\/voordeur\.test\/volg\/[A-Za-z0-9_-]{43}\/afmelden/);

  const en = await ticketFor({ email: 'john.status@example.be', name: 'John Smith' }, { language: 'en' });
  await setStatus(en.id, 'pending_citizen');
  const mail = await eventually(async () => mailsTo('john.status@example.be')[0]);
  expect(mail.subject).toBe(`[${en.reference}] We need more information from you`);
  expect(mail.text).toContain('Dear John Smith');
});

test('a case that came by phone is updated by SMS on a mobile number', async () => {
  const t = await ticketFor({ phone: '+32472000111', email: 'beller@example.be' }, { channel: 'phone' });
  await setStatus(t.id, 'resolved');
  const sms = await eventually(async () =>
    twilio.requests.find((r) => r.path.endsWith('/Messages.json') && r.params.To === '+32472000111'),
  );
  expect(sms.params.Body).toBe(
    `Gemeente Testdorp (${t.reference}): Uw dossier is afgehandeld. Volg: ${sms.params.Body.match(/http:\/\/voordeur\.test\/volg\/\S+/)![0]}`,
  );
  await settle();
  expect(mailsTo('beller@example.be')).toHaveLength(0);
});

test('a case that moves on before its update leaves only tells where it is now', async () => {
  const t = await ticketFor({ email: 'snel@example.be' });
  await setStatus(t.id, 'open');
  await setStatus(t.id, 'resolved');
  const mail = await eventually(async () => mailsTo('snel@example.be')[0]);
  await settle();
  expect(mailsTo('snel@example.be')).toHaveLength(1);
  expect(mail.subject).toBe(`[${t.reference}] Uw dossier is afgehandeld`);
  const rows = await db().notification.findMany({ where: { ticketId: t.id }, orderBy: { createdAt: 'asc' } });
  expect(rows.map((r) => [r.template, r.status])).toEqual([
    ['status_open', 'suppressed'],
    ['status_resolved', 'sent'],
  ]);
});

test('a status corrected within the delay sends nothing wrong: "resolved" by mistake then reopened sends neither', async () => {
  const t = await ticketFor({ email: 'correctie@example.be' });
  await db().ticket.update({ where: { id: t.id }, data: { status: 'open' } });
  await setStatus(t.id, 'resolved');
  await setStatus(t.id, 'open');
  await settle();
  await settle();
  const rows = await db().notification.findMany({ where: { ticketId: t.id } });
  expect(rows.map((r) => [r.template, r.status])).toEqual([['status_resolved', 'suppressed']]);
  expect(mailsTo('correctie@example.be')).toHaveLength(0);
});

test('a bulk change of five cases of one citizen is five rows but one email naming all five', async () => {
  const tickets = [];
  for (let i = 1; i <= 5; i++)
    tickets.push(await ticketFor({ email: 'veel.dossiers@example.be' }, { subject: `Melding ${i}` }));
  await Promise.all(tickets.map((t) => setStatus(t.id, 'resolved')));
  const mail = await eventually(async () => mailsTo('veel.dossiers@example.be')[0]);
  await settle();
  expect(mailsTo('veel.dossiers@example.be')).toHaveLength(1);
  expect(mail.subject).toBe('Nieuws over 5 van uw dossiers – Gemeente Testdorp');
  for (const t of tickets) expect(mail.text).toContain(t.reference);
  const rows = await db().notification.findMany({ where: { ticketId: { in: tickets.map((t) => t.id) } } });
  expect(rows).toHaveLength(5);
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['sent']));
  expect(new Set(rows.map((r) => r.providerId)).size).toBe(1);
});

test("no update for a citizen who unsubscribed, who sent STOP and has no email, or for an agent's answer (which is its own message)", async () => {
  const unsubscribed = await ticketFor({ email: 'geen.updates@example.be' });
  await db().contact.update({ where: { id: unsubscribed.contactId! }, data: { statusUpdatesOptOutAt: new Date() } });
  await setStatus(unsubscribed.id, 'resolved');

  const stopped = await ticketFor({ phone: '+32472000222' }, { channel: 'sms' });
  await db().contactIdentity.updateMany({ where: { value: '+32472000222' }, data: { smsOptedOutAt: new Date() } });
  await setStatus(stopped.id, 'resolved');

  const answered = await ticketFor({ email: 'antwoord@example.be' });
  await agent
    .post(`/api/admin/tickets/${answered.id}/reply`, { body: 'Wij herstellen de put deze week.' })
    .then((r) => expect(r.status).toBe(201));

  await settle();
  expect(await db().notification.count({ where: { ticketId: { in: [unsubscribed.id, stopped.id] } } })).toBe(0);
  expect((await db().notification.findMany({ where: { ticketId: answered.id } })).map((r) => r.template)).toEqual([
    'agent_reply',
  ]);
});

test('a citizen who unsubscribes after the change is written hears nothing', async () => {
  const t = await ticketFor({ email: 'net.afgemeld@example.be' });
  await setStatus(t.id, 'resolved');
  await db().contact.update({ where: { id: t.contactId! }, data: { statusUpdatesOptOutAt: new Date() } });
  await settle();
  expect((await db().notification.findFirstOrThrow({ where: { ticketId: t.id } })).status).toBe('suppressed');
  expect(mailsTo('net.afgemeld@example.be')).toHaveLength(0);
});

describe('administrators edit the wording, with a preview', () => {
  test('a custom Dutch text is used for the next update; English keeps the built-in one', async () => {
    const list = await admin.get('/api/admin/notification-templates');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(8);
    expect(list.body.find((t: { id: string }) => t.id === 'status_resolved.nl')).toMatchObject({
      custom: false,
      variables: expect.arrayContaining(['reference', 'name']),
    });

    const preview = await admin.post('/api/admin/notification-templates/status_resolved.nl/preview', {
      subject: 'Klaar: {{reference}}',
      body: 'Dag {{name}}, uw melding is opgelost.',
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      subject: 'Klaar: VD-4821-9377',
      sms: expect.stringContaining('Klaar: VD-4821-9377'),
    });
    expect(preview.body.text).toContain('Dag Marie Janssens, uw melding is opgelost.');
    expect(await db().notificationTemplate.count()).toBe(0);

    const typo = await admin.edit('/api/admin/notification-templates/status_resolved.nl', {
      subject: 'Klaar: {{referentie}}',
      body: 'Dag {{name}}, opgelost.',
    });
    expect(typo.status).toBe(400);
    expect(typo.body.message).toMatch(/Unknown placeholder \{\{referentie\}\}/);

    const saved = await admin.edit('/api/admin/notification-templates/status_resolved.nl', {
      subject: 'Opgelost: {{reference}}',
      body: 'Dag {{name}},\n\nuw melding "{{subject}}" is opgelost. <b>Dank</b>',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.custom).toBe(true);
    const t = await ticketFor({ email: 'eigen.tekst@example.be', name: 'Els <script>' });
    await setStatus(t.id, 'resolved');
    const mail = await eventually(async () => mailsTo('eigen.tekst@example.be')[0]);
    expect(mail.subject).toBe(`Opgelost: ${t.reference}`);
    expect(mail.text).toContain('Dag Els <script>,');
    // the citizen's name and the administrator's text are text, never markup
    expect(mail.html).toContain('Dag Els &lt;script&gt;,');
    expect(mail.html).toContain('&lt;b&gt;Dank&lt;/b&gt;');

    const reset = await admin.delete('/api/admin/notification-templates/status_resolved.nl');
    expect(reset.body).toMatchObject({ custom: false, subject: '[{{reference}}] Uw dossier is afgehandeld' });
  });

  test('only administrators see or change templates; a wrong id is a 400 that lists the keys', async () => {
    expect((await agent.get('/api/admin/notification-templates')).status).toBe(403);
    expect(
      (
        await agent.put('/api/admin/notification-templates/status_resolved.nl', {
          subject: 'x x x',
          body: 'xxxxxxxxxxxx',
        })
      ).status,
    ).toBe(403);
    const bad = await admin.get('/api/admin/notification-templates/status_gone.fr');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('status_pending_citizen');
  });
});
