import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { loginAs, makeDepartment, makeTicket, makeUser, type Console } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';

// The reply the citizen reads is the text the agent sees: greeting and signature are in the compose box, and the
// mail template adds only the tracking link and the reference.
const app = buildApp();
let agent: Console;
let agentId: string;
let mailbox: Mailbox;
let burgerzaken: string;

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

beforeAll(async () => {
  mailbox = await startMailbox();
  const worker = startOutboxWorker();
  onTeardown(() => mailbox.close());
  onTeardown(() => worker.close());
  burgerzaken = (await makeDepartment('Burgerzaken')).id;
  await db().department.update({
    where: { id: burgerzaken },
    data: { signature: 'Dienst Burgerzaken · 050 12 34 56' },
  });
  const user = await makeUser('agent', [], 'Sofie Peeters');
  agentId = user.id;
  agent = await loginAs(app, user);
});

test("the compose box starts with the greeting in the ticket's language and the sign-off with the agent's signature", async () => {
  const nl = await makeTicket({ name: 'Marie Janssens' });
  const draft = await agent.get(`/api/admin/tickets/${nl.id}/reply-draft`).expect(200);
  expect(draft.body.email.text).toBe(
    'Beste Marie Janssens,\n\n\n\nMet vriendelijke groeten,\nSofie Peeters\nGemeente Testdorp',
  );
  expect(draft.body.email.caret).toBe('Beste Marie Janssens,\n\n'.length);
  expect(draft.body.sms.text).toBe('Beste Marie Janssens,\n\n\n\nGroeten, Sofie Peeters');

  const en = await makeTicket({ name: 'John Smith', departmentId: burgerzaken });
  await db().ticket.update({ where: { id: en.id }, data: { language: 'en' } });
  await agent
    .put('/api/admin/profile/signature', { signature: 'Sofie Peeters\nContactcenter Gemeente Testdorp' })
    .expect(200);
  const english = await agent.get(`/api/admin/tickets/${en.id}/reply-draft`).expect(200);
  expect(english.body.email.text).toBe(
    'Dear John Smith,\n\n\n\nKind regards,\nSofie Peeters\nContactcenter Gemeente Testdorp\nDienst Burgerzaken · 050 12 34 56',
  );
});

test('each user keeps their own signature; an empty one goes back to name and town', async () => {
  const other = await loginAs(app, await makeUser('staff', [burgerzaken], 'Els Wouters'));
  await other.put('/api/admin/profile/signature', { signature: 'Els Wouters\nLoket Burgerzaken' }).expect(200);
  expect((await other.get('/api/admin/profile/signature').expect(200)).body).toEqual({
    signature: 'Els Wouters\nLoket Burgerzaken',
    defaultSignature: 'Els Wouters\nGemeente Testdorp',
  });
  await other.put('/api/admin/profile/signature', { signature: '' }).expect(200);
  expect((await other.get('/api/admin/profile/signature')).body.signature).toBeNull();
  expect((await db().user.findUniqueOrThrow({ where: { id: agentId } })).signature).toBe(
    'Sofie Peeters\nContactcenter Gemeente Testdorp',
  );
  expect((await other.put('/api/admin/profile/signature', { signature: 'x'.repeat(501) })).status).toBe(400);
});

test('a reply written with its own greeting and sign-off arrives with each exactly once, and with the tracking link', async () => {
  const t = await makeTicket({
    name: 'Marie Janssens',
    email: 'marie.reply@example.be',
    subject: 'Straatlamp brandt niet',
  });
  const draft = (await agent.get(`/api/admin/tickets/${t.id}/reply-draft`).expect(200)).body.email;
  const body =
    draft.text.slice(0, draft.caret) +
    'We sturen morgen een ploeg langs om de lamp te herstellen.' +
    draft.text.slice(draft.caret);

  const preview = await agent.post(`/api/admin/tickets/${t.id}/reply-preview`, { body }).expect(200);
  expect(preview.body).toMatchObject({
    channel: 'email',
    recipient: 'marie.reply@example.be',
    subject: `[${t.reference}] Re: Straatlamp brandt niet`,
  });

  await agent.post(`/api/admin/tickets/${t.id}/reply`, { body }).expect(201);
  const mail = (await mailbox.waitFor(1)).find((m) => m.to && JSON.stringify(m.to).includes('marie.reply@example.be'))!;
  const text = mail.text!;
  const html = mail.html as string;
  for (const part of [text, html]) {
    expect(count(part, 'Beste Marie Janssens')).toBe(1);
    expect(count(part, 'Met vriendelijke groeten')).toBe(1);
    expect(count(part, 'Sofie Peeters')).toBe(1);
  }
  expect(text).toMatch(/Volg uw dossier: http:\/\/[^\s]+\/volg\/[A-Za-z0-9_-]{43}/);
  expect(html).toMatch(/<a href="http:\/\/[^"]+\/volg\/[A-Za-z0-9_-]{43}">Volg uw dossier<\/a>/);
  expect(text).toContain(`Referentie ${t.reference}`);
  // the preview is what was sent, but for the tracking link (a new one per message)
  const noLink = (s: string) => s.replace(/\/volg\/[A-Za-z0-9_-]{43}/g, '/volg/…');
  expect(noLink(preview.body.text)).toBe(noLink(text));
  expect(mail.subject).toBe(preview.body.subject);
});

test('the SMS preview counts segments and says GSM-7 or UCS-2, with the text exactly as it goes out', async () => {
  const t = await makeTicket({ name: 'Luc', email: undefined, phone: '+32470123456', channel: 'phone' });
  const gsm = await agent
    .post(`/api/admin/tickets/${t.id}/reply-preview`, {
      body: 'Beste Luc, de kostprijs is € 10. Groeten, Sofie',
      via: 'sms',
    })
    .expect(200);
  expect(gsm.body.channel).toBe('sms');
  expect(gsm.body.text).toMatch(
    new RegExp(
      `^Gemeente Testdorp \\(${t.reference}\\): Beste Luc, de kostprijs is € 10\\. Groeten, Sofie\\nUw dossier: http`,
    ),
  );
  // the € costs two septets; with the town, reference and link the text needs two parts of 153
  expect(gsm.body.sms).toMatchObject({
    encoding: 'GSM-7',
    units: gsm.body.text.length + 1,
    segments: 2,
    perSegment: 153,
    tooLong: false,
  });

  const ucs = await agent
    .post(`/api/admin/tickets/${t.id}/reply-preview`, { body: 'Beste Zoë, tot morgen.', via: 'sms' })
    .expect(200);
  expect(ucs.body.sms).toMatchObject({
    encoding: 'UCS-2',
    units: ucs.body.text.length,
    perSegment: 67,
    segments: Math.ceil(ucs.body.text.length / 67),
  });

  const long = await agent
    .post(`/api/admin/tickets/${t.id}/reply-preview`, { body: 'a'.repeat(1201), via: 'sms' })
    .expect(200);
  expect(long.body.sms.tooLong).toBe(true);
  expect((await agent.post(`/api/admin/tickets/${t.id}/reply-preview`, { body: 'x', via: 'email' })).status).toBe(400);
});

test("staff cannot draft or preview on another department's ticket, and nothing is stored by a preview", async () => {
  const werken = await makeDepartment('Openbare Werken');
  const t = await makeTicket({ departmentId: werken.id });
  const staff = await loginAs(app, await makeUser('staff', [burgerzaken]));
  expect((await staff.get(`/api/admin/tickets/${t.id}/reply-draft`)).status).toBe(404);
  expect((await staff.post(`/api/admin/tickets/${t.id}/reply-preview`, { body: 'Hallo' })).status).toBe(404);
  await agent.post(`/api/admin/tickets/${t.id}/reply-preview`, { body: 'Hallo' }).expect(200);
  expect(await db().message.count({ where: { ticketId: t.id, direction: 'outbound' } })).toBe(0);
  expect(await db().notification.count({ where: { ticketId: t.id } })).toBe(0);
});

test('a macro that sets a status and the reply sent after it reach the citizen as one message: the reply', async () => {
  const t = await makeTicket({ name: 'Marie Janssens', email: 'marie.macro@example.be', subject: 'Parkeerkaart' });
  const macro = await agent
    .post('/api/admin/canned-responses', {
      title: 'Meer info',
      bodyNl: 'We hebben uw nummerplaat nodig, {{name}}.',
      setStatus: 'pending_citizen',
    })
    .expect(201);
  const applied = await agent
    .post(`/api/admin/tickets/${t.id}/apply-canned-response`, { cannedResponseId: macro.body.id })
    .expect(200);
  expect(
    await db().notification.findFirst({
      where: { ticketId: t.id, template: 'status_pending_citizen', status: 'pending' },
    }),
  ).not.toBeNull();
  await agent
    .post(`/api/admin/tickets/${t.id}/reply`, {
      body: `Beste Marie Janssens,\n\n${applied.body.text}\n\nMet vriendelijke groeten,\nSofie`,
    })
    .expect(201);
  const rows = await db().notification.findMany({ where: { ticketId: t.id }, orderBy: { createdAt: 'asc' } });
  expect(rows.map((r) => [r.template, r.status === 'suppressed'])).toEqual([
    ['status_pending_citizen', true],
    ['agent_reply', false],
  ]);
});
