import { TEMPLATES, WHATSAPP_FROM } from './whatsappEnv';
import type { Express } from 'express';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { startMediaWorker } from '../../src/channels/twilio/mediaJobs';
import { blobStore } from '../../src/attachments/storage';
import { smsAllowed } from '../../src/contacts/reachability';
import { loginAs, makeUser, type Console } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import {
  ACCOUNT_SID,
  parseTwiml,
  signedPost,
  smsParams,
  startTwilioStandIn,
  twilioSid,
  type TwilioStandIn,
} from '../support/twilio';

let app: Express;
let twilio: TwilioStandIn;
let agent: Console;

beforeAll(async () => {
  app = buildApp();
  twilio = await startTwilioStandIn();
  onTeardown(() => twilio.close());
  const worker = startOutboxWorker();
  onTeardown(() => worker.close());
  const media = startMediaWorker({});
  onTeardown(() => media.close());
  agent = await loginAs(app, await makeUser('agent'));
});

/** What Twilio posts for a WhatsApp message: the SMS fields with whatsapp: addresses, the profile name and WaId. */
function whatsappParams(sid: string, number: string, body: string, extra: Record<string, string> = {}) {
  return smsParams(sid, `whatsapp:${number}`, body, {
    To: `whatsapp:${WHATSAPP_FROM}`,
    ProfileName: 'An Peeters',
    WaId: number.slice(1),
    ...extra,
  });
}
const whatsapp = (number: string, body: string, sid = twilioSid('SM'), extra: Record<string, string> = {}) =>
  signedPost(app, '/webhooks/twilio/whatsapp', whatsappParams(sid, number, body, extra));
const sent = (number: string) =>
  twilio.requests.filter(
    (r) => r.path === `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` && r.params.To === `whatsapp:${number}`,
  );
const ticketOf = (number: string) =>
  db().ticket.findFirstOrThrow({
    where: { contact: { identities: { some: { kind: 'whatsapp', value: number } } } },
    include: { messages: true },
  });
/** The citizen's last WhatsApp message was this long ago: the 24-hour window is counted from it. */
const lastWroteHoursAgo = (ticketId: string, hours: number) =>
  db().message.updateMany({
    where: { ticketId, direction: 'inbound', channel: 'whatsapp' },
    data: { createdAt: new Date(Date.now() - hours * 3600_000) },
  });

test('a WhatsApp message opens a ticket and is acknowledged on WhatsApp; the next one joins it; a retried MessageSid is stored once', async () => {
  const number = '+32472000001';
  const sid = twilioSid('SM');
  const res = await whatsapp(number, 'Het zebrapad aan de school is bijna niet meer zichtbaar', sid).expect(200);
  expect(parseTwiml(res.text)).toEqual([]);
  await whatsapp(number, 'Het zebrapad aan de school is bijna niet meer zichtbaar', sid).expect(200);
  const ticket = await ticketOf(number);
  expect(ticket).toMatchObject({
    channel: 'whatsapp',
    subject: 'Het zebrapad aan de school is bijna niet meer zichtbaar',
  });
  expect(ticket.messages).toEqual([
    expect.objectContaining({ externalId: sid, channel: 'whatsapp', direction: 'inbound' }),
  ]);
  const contact = await db().contact.findUniqueOrThrow({
    where: { id: ticket.contactId! },
    include: { identities: true },
  });
  expect(contact.name).toBe('An Peeters');
  expect(contact.identities).toEqual([expect.objectContaining({ kind: 'whatsapp', value: number })]);

  const ack = await eventually(async () => sent(number)[0]);
  expect(ack.params).toMatchObject({
    From: `whatsapp:${WHATSAPP_FROM}`,
    StatusCallback: 'http://voordeur.test/webhooks/twilio/whatsapp/status',
  });
  expect(ack.params.Body).toContain(ticket.reference);
  expect(ack.params.ContentSid).toBeUndefined(); // they just wrote: free text

  await whatsapp(number, 'Vooral aan de kant van de bakker.').expect(200);
  expect(await db().message.count({ where: { ticketId: ticket.id } })).toBe(2);
  expect(await db().ticket.count({ where: { contactId: ticket.contactId } })).toBe(1);
});

test("a WhatsApp message's photo and document are fetched from Twilio by their SID and attached to the ticket", async () => {
  const number = '+32472000002';
  const sid = twilioSid('MM');
  const JPEG = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
    Buffer.alloc(2000, 7),
    Buffer.from([0xff, 0xd9]),
  ]);
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const extra: Record<string, string> = { NumMedia: '2' };
  [
    { contentType: 'image/jpeg', content: JPEG },
    { contentType: 'application/pdf', content: PDF },
  ].forEach((f, i) => {
    const mediaSid = twilioSid('ME');
    twilio.media.set(mediaSid, f);
    extra[`MediaUrl${i}`] =
      `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}/Media/${mediaSid}`;
    extra[`MediaContentType${i}`] = f.contentType;
  });
  await whatsapp(number, '', sid, extra).expect(200);
  const ticket = await ticketOf(number);
  expect(ticket.subject).toBe('(WhatsApp-bericht met 2 bijlagen)');
  const files = await eventually(async () => {
    const rows = await db().attachment.findMany({ where: { ticketId: ticket.id }, orderBy: { filename: 'asc' } });
    return rows.length === 2 ? rows : undefined;
  });
  expect(files.map((f) => f.contentType).sort()).toEqual(['application/pdf', 'image/jpeg']);
  const jpeg = files.find((f) => f.contentType === 'image/jpeg')!;
  const chunks: Buffer[] = [];
  for await (const c of await blobStore().open(jpeg.storageKey)) chunks.push(c as Buffer);
  expect(Buffer.concat(chunks).equals(JPEG)).toBe(true);
  expect(jpeg.messageId).toBe(ticket.messages[0].id);
});

test('inside the 24-hour window an answer goes as free text; delivery and read receipts update its notification', async () => {
  const number = '+32472000003';
  await whatsapp(number, 'Wanneer wordt het zebrapad hertekend?').expect(200);
  const ticket = await ticketOf(number);
  const preview = await agent
    .post(`/api/admin/tickets/${ticket.id}/reply-preview`)
    .send({ body: 'Volgende week.' })
    .expect(200);
  expect(preview.body).toMatchObject({ channel: 'whatsapp', recipient: number, freeText: { allowed: true } });
  const res = await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'Volgende week dinsdag, als het droog is.' })
    .expect(201);
  expect(res.body).toMatchObject({ channel: 'whatsapp', direction: 'outbound' });
  const out = await eventually(async () => sent(number).find((r) => r.params.Body?.includes('Volgende week dinsdag')));
  expect(out.params.Body).toContain(ticket.reference);
  expect(out.params.ContentSid).toBeUndefined();
  const n = await eventually(async () =>
    db().notification.findFirst({ where: { ticketId: ticket.id, template: 'agent_reply_whatsapp', status: 'sent' } }),
  );
  expect(n.channel).toBe('whatsapp');

  const receipt = (status: string) =>
    signedPost(app, '/webhooks/twilio/whatsapp/status', {
      AccountSid: ACCOUNT_SID,
      MessageSid: n.providerId!,
      MessageStatus: status,
      To: `whatsapp:${number}`,
    }).expect(200);
  await receipt('delivered');
  expect(await db().notification.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({
    providerStatus: 'delivered',
    status: 'sent',
  });
  await receipt('read');
  await receipt('delivered'); // late and out of order: does not undo "read"
  expect(await db().notification.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({
    providerStatus: 'read',
    status: 'sent',
  });
  await receipt('failed');
  expect((await db().notification.findUniqueOrThrow({ where: { id: n.id } })).providerStatus).toBe('read');
});

test('outside the 24-hour window free text is refused with the reason; the approved template carries the answer and the status update', async () => {
  const number = '+32472000004';
  await whatsapp(number, 'Mijn huisvuil is niet opgehaald').expect(200);
  const ticket = await ticketOf(number);
  await eventually(async () => sent(number)[0]);
  await lastWroteHoursAgo(ticket.id, 25);

  const preview = await agent
    .post(`/api/admin/tickets/${ticket.id}/reply-preview`)
    .send({ body: 'We komen morgen langs.' })
    .expect(200);
  expect(preview.body.freeText).toMatchObject({
    allowed: false,
    reason: 'whatsapp_window_closed',
    templateAvailable: true,
  });
  const refused = await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'We komen morgen langs.' })
    .expect(409);
  expect(refused.body.message).toMatch(/24 hours/);
  expect(refused.body.message).toMatch(/24 uur/);
  expect(await db().message.count({ where: { ticketId: ticket.id, direction: 'outbound' } })).toBe(0);

  await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'We komen morgen langs.', asTemplate: true })
    .expect(201);
  const answer = await eventually(async () => sent(number).find((r) => r.params.ContentSid === TEMPLATES.answer));
  expect(answer.params.Body).toBeUndefined();
  const vars = JSON.parse(answer.params.ContentVariables) as Record<string, string>;
  expect(vars['1']).toBe(ticket.reference);
  expect(vars['2']).toMatch(/^http:\/\/voordeur\.test\/volg\/\S+$/);

  expect((await agent.edit(`/api/admin/tickets/${ticket.id}`, { status: 'resolved' })).status).toBe(200);
  const update = await eventually(
    async () => sent(number).find((r) => r.params.ContentSid === TEMPLATES.status_update),
    8000,
  );
  expect(JSON.parse(update.params.ContentVariables)).toMatchObject({ '1': ticket.reference, '3': 'Opgelost' });
});

test('a status update inside the window goes as free text by WhatsApp, the way the citizen came in', async () => {
  const number = '+32472000005';
  await whatsapp(number, 'Is mijn parkeerkaart klaar?').expect(200);
  const ticket = await ticketOf(number);
  expect((await agent.edit(`/api/admin/tickets/${ticket.id}`, { status: 'resolved' })).status).toBe(200);
  const update = await eventually(
    async () =>
      sent(number).find(
        (r) => r.params.Body?.includes(ticket.reference) && r.params.Body !== sent(number)[0].params.Body,
      ),
    8000,
  );
  expect(update.params.ContentSid).toBeUndefined();
  expect(
    await db().notification.count({ where: { ticketId: ticket.id, channel: 'whatsapp', template: 'status_resolved' } }),
  ).toBe(1);
});

test('STOP on WhatsApp opts that number out of WhatsApp (not of SMS); START undoes it; each answered in its language', async () => {
  const number = '+32472000006';
  await whatsapp(number, 'Vraag over mijn belastingaanslag').expect(200);
  const ticket = await ticketOf(number);
  const stop = await whatsapp(number, 'Unsubscribe').expect(200);
  expect(parseTwiml(stop.text)).toEqual([
    expect.objectContaining({ verb: 'Message', text: expect.stringContaining('no more WhatsApp messages') }),
  ]);
  expect(
    (await db().contactIdentity.findFirstOrThrow({ where: { kind: 'whatsapp', value: number } })).smsOptedOutAt,
  ).not.toBeNull();
  expect(await smsAllowed(number)).toBe(true);
  expect(await db().message.count({ where: { ticketId: ticket.id } })).toBe(1);
  const refused = await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'Uw aanslag is herzien.', via: 'whatsapp' })
    .expect(400);
  expect(refused.body.message).toMatch(/STOP on WhatsApp/);

  const start = await whatsapp(number, 'aanmelden').expect(200);
  expect(parseTwiml(start.text)[0].text).toContain('opnieuw WhatsApp-berichten');
  await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'Uw aanslag is herzien.', via: 'whatsapp' })
    .expect(201);
  await eventually(async () => sent(number).find((r) => r.params.Body?.includes('Uw aanslag is herzien')));
});

test('unsigned WhatsApp webhooks are refused; a sender that is not a WhatsApp address is a 400', async () => {
  const sid = twilioSid('SM');
  await signedPost(
    app,
    '/webhooks/twilio/whatsapp',
    whatsappParams(sid, '+32472000007', 'hallo'),
    'wrong-token-00000000000000',
  ).expect(403);
  expect(await db().message.count({ where: { externalId: sid } })).toBe(0);
  const res = await signedPost(app, '/webhooks/twilio/whatsapp', smsParams(sid, '+32472000007', 'hallo')).expect(400);
  expect(res.body.errors).toHaveProperty('From');
  await signedPost(app, '/webhooks/twilio/whatsapp/status', {
    AccountSid: ACCOUNT_SID,
    MessageSid: 'nope',
    MessageStatus: 'read',
  }).expect(400);
});

test('a routing rule on the WhatsApp channel routes its messages; the tracking page and the reports name the channel', async () => {
  const { makeDepartment } = await import('../support/factories');
  const admin = await loginAs(app, await makeUser('admin'));
  const wegen = (await makeDepartment('Wegen')).id;
  expect(
    (
      await admin.post('/api/admin/routing-rules', {
        name: 'WhatsApp naar Wegen',
        conditions: { channels: ['whatsapp'] },
        actions: { departmentId: wegen },
      })
    ).status,
  ).toBe(201);
  const number = '+32472000008';
  await whatsapp(number, 'Put in de weg aan de Markt').expect(200);
  const ticket = await ticketOf(number);
  expect(ticket.departmentId).toBe(wegen);

  const { issueTrackingToken } = await import('../../src/tickets/tracking');
  const token = await issueTrackingToken(db(), ticket.id);
  const page = await request(app).get(`/volg/${token}`).expect(200);
  expect(page.text).toContain('Ontvangen via WhatsApp');

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const csv = await admin.get(`/api/admin/reports/contacts-per-day.csv?from=${today}&to=${today}`);
  expect(csv.status).toBe(200);
  expect(csv.text).toMatch(/WhatsApp/);
});
