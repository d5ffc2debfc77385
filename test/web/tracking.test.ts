import type { Express } from 'express';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { loginAs, makeDepartment, makeUser, type Console } from '../support/factories';

let app: Express;
let agent: Console;
let dept: { id: string; name: string };

// a 1×1 PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  app = buildApp();
  agent = await loginAs(app, await makeUser('agent', [], 'Agent Vandenberghe'));
  dept = await makeDepartment('Openbare Werken');
});

async function newCase() {
  const result = await intake({
    channel: 'web',
    contact: {
      name: 'Marie Janssens',
      email: `marie-${Math.random().toString(36).slice(2)}@example.be`,
      phone: '+32470123999',
    },
    subject: 'Losliggende tegel op het voetpad',
    body: 'Aan de bakker in de Kerkstraat ligt een tegel los.',
    departmentId: dept.id,
    acknowledge: false,
  });
  return { ticket: result.ticket, token: result.trackingToken! };
}

test('the tracking page shows status, department, what happens next and the public timeline, never internal notes', async () => {
  const { ticket, token } = await newCase();
  await agent.edit(`/api/admin/tickets/${ticket.id}`, { status: 'open' });
  await agent.post(`/api/admin/tickets/${ticket.id}/notes`, { body: 'INTERN: buurman klaagt elke week' });
  await agent.post(`/api/admin/tickets/${ticket.id}/reply`, { body: 'We leggen de tegel donderdag opnieuw.' });
  const res = await request(app).get(`/volg/${token}`).expect(200);
  expect(res.headers['x-robots-tag']).toBe('noindex');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.text).toContain(ticket.reference);
  expect(res.text).toContain('In behandeling');
  expect(res.text).toContain('Openbare Werken');
  expect(res.text).toContain('De dienst werkt aan uw vraag.');
  expect(res.text).toContain('Ontvangen via het webformulier');
  expect(res.text).toContain('We leggen de tegel donderdag opnieuw.');
  expect(res.text).toContain('Aan de bakker in de Kerkstraat ligt een tegel los.');
  expect(res.text).not.toContain('INTERN');
  expect(res.text).not.toContain('Vandenberghe');

  const json = await request(app).get(`/api/public/tracking/${token}?language=en`).expect(200);
  expect(json.body).toMatchObject({
    reference: ticket.reference,
    status: 'open',
    statusLabel: 'In progress',
    department: 'Openbare Werken',
  });
  expect(json.body).not.toHaveProperty('ticketId');
  expect(JSON.stringify(json.body)).not.toContain('INTERN');
  expect(JSON.stringify(json.body)).not.toContain('@example.be');
});

test('without a valid token nothing is shown, in HTML or JSON', async () => {
  const res = await request(app).get('/volg/nietbestaand-token-aaaaaaaaaaaaaaaaaaaaaaaa').expect(404);
  expect(res.text).toContain('Deze link is niet geldig');
  await request(app).get('/api/public/tracking/nietbestaand-token-aaaaaaaaaaaaaaaaaaaaaaaa').expect(404);
  await request(app).post('/volg/nietbestaand-token-aaaaaaaaaaaaaaaaaaaaaaaa').field('message', 'hallo').expect(404);
  await request(app).post('/volg/nietbestaand-token-aaaaaaaaaaaaaaaaaaaaaaaa/afmelden').expect(404);
});

test('the citizen adds information and a photo; it lands on the ticket as their message, once, and reopens a resolved case', async () => {
  const { ticket, token } = await newCase();
  await db().ticket.update({ where: { id: ticket.id }, data: { status: 'resolved' } });
  const send = () =>
    request(app)
      .post(`/volg/${token}`)
      .field('message', 'De tegel ligt er nog steeds los, zie foto.')
      .field('submissionKey', 'abcdef0123456789')
      .attach('attachments', PNG, { filename: 'tegel.png', contentType: 'image/png' });
  const res = await send().expect(303);
  expect(res.headers.location).toBe(`/volg/${token}?toegevoegd=1#main`);
  await send().expect(303);
  const messages = await db().message.findMany({
    where: { ticketId: ticket.id },
    include: { attachments: true, authorContact: true },
    orderBy: { createdAt: 'asc' },
  });
  expect(messages).toHaveLength(2);
  expect(messages[1]).toMatchObject({
    direction: 'inbound',
    bodyText: 'De tegel ligt er nog steeds los, zie foto.',
    authorContactId: ticket.contactId,
  });
  expect(messages[1].attachments).toEqual([
    expect.objectContaining({ filename: 'tegel.png', contentType: 'image/png', size: PNG.length }),
  ]);
  expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('open');
  const page = await request(app).get(`/volg/${token}?toegevoegd=1`).expect(200);
  expect(page.text).toContain('Bedankt, uw informatie is toegevoegd aan uw dossier.');
  expect(page.text).toContain('1 bijlage');
});

test('an empty message or a file that is not a photo or PDF is refused on the page, next to the field, and nothing is added', async () => {
  const { ticket, token } = await newCase();
  const empty = await request(app).post(`/volg/${token}`).field('message', ' ').expect(400);
  expect(empty.text).toContain('aria-invalid="true"');
  expect(empty.text).toContain('Schrijf uw bericht');
  const exe = await request(app)
    .post(`/volg/${token}`)
    .field('message', 'Zie bijlage')
    .attach('attachments', Buffer.from('MZ\x90\x00 not a photo'), { filename: 'foto.jpg', contentType: 'image/jpeg' })
    .expect(415);
  expect(exe.text).toContain('id="attachments-error"');
  expect(exe.text).toContain('Zie bijlage');
  expect(await db().message.count({ where: { ticketId: ticket.id } })).toBe(1);
});

test('the unsubscribe link asks for a click, then stops status updates; the citizen can start them again', async () => {
  const { ticket, token } = await newCase();
  const confirm = await request(app).get(`/volg/${token}/afmelden`).expect(200);
  expect(confirm.text).toContain('<form method="post"');
  expect((await db().contact.findUniqueOrThrow({ where: { id: ticket.contactId! } })).statusUpdatesOptOutAt).toBeNull();
  await request(app).post(`/volg/${token}/afmelden`).expect(200);
  expect(
    (await db().contact.findUniqueOrThrow({ where: { id: ticket.contactId! } })).statusUpdatesOptOutAt,
  ).not.toBeNull();
  expect((await request(app).get(`/volg/${token}`)).text).toContain('U krijgt geen statusberichten meer.');
  await request(app).post(`/volg/${token}/aanmelden`).expect(303);
  expect((await db().contact.findUniqueOrThrow({ where: { id: ticket.contactId! } })).statusUpdatesOptOutAt).toBeNull();
});

test('a form that arrives broken (its multipart boundary does not match) is a 400 page in Dutch with the form kept, not a failure', async () => {
  const { token } = await newCase();
  const res = await request(app)
    .post(`/volg/${token}`)
    .set('Content-Type', 'multipart/form-data; boundary=abc')
    .send('--xyz\r\nContent-Disposition: form-data; name="message"\r\n\r\nHier is de foto\r\n--xyz--\r\n');
  expect(res.status).toBe(400);
  expect(res.text).toContain('Het formulier kwam onvolledig of beschadigd aan.');
  expect(res.text).toContain('id="error-summary" autofocus');
  expect(res.text).toContain('<textarea id="message"');
  expect(res.text).toMatch(/<a href="\/volg\/[^"]+\?lang=en" lang="en">English<\/a>/);
});
