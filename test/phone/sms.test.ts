import type { Express } from 'express';
import type { OutboxRelay } from '../../src/notifications/relay';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { startMediaWorker } from '../../src/channels/twilio/mediaJobs';
import { blobStore } from '../../src/attachments/storage';
import { signalOutbox } from '../../src/notifications/outbox';
import { loginAs, makeDepartment, makeTicket, makeUser, type Console } from '../support/factories';
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
let worker: OutboxRelay;
let agent: Console;

beforeAll(async () => {
  app = buildApp();
  twilio = await startTwilioStandIn();
  onTeardown(() => twilio.close());
  worker = startOutboxWorker();
  onTeardown(() => worker.close());
  const media = startMediaWorker({});
  onTeardown(() => media.close());
  agent = await loginAs(app, await makeUser('agent'));
});

const sent = (to: string) =>
  twilio.requests.filter((r) => r.path === `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` && r.params.To === to);
const sms = (from: string, body: string, sid = twilioSid('SM')) =>
  signedPost(app, '/webhooks/twilio/sms', smsParams(sid, from, body));

test('a text opens a ticket, is acknowledged by SMS, and the next text joins that ticket; a retried MessageSid is stored once', async () => {
  const from = '+32471000001';
  const sid = twilioSid('SM');
  const res = await sms(from, 'Mijn container is niet geleegd in de Kerkstraat 4', sid).expect(200);
  expect(parseTwiml(res.text)).toEqual([]);
  await sms(from, 'Mijn container is niet geleegd in de Kerkstraat 4', sid).expect(200);
  const ticket = await db().ticket.findFirstOrThrow({
    where: { contact: { identities: { some: { value: from } } } },
    include: { messages: true },
  });
  expect(ticket).toMatchObject({ channel: 'sms', subject: 'Mijn container is niet geleegd in de Kerkstraat 4' });
  expect(ticket.messages).toHaveLength(1);
  expect(ticket.messages[0]).toMatchObject({ externalId: sid, channel: 'sms', direction: 'inbound' });
  const ack = await eventually(async () => sent(from)[0]);
  expect(ack.params.Body).toContain(ticket.reference);
  expect(ack.params.From).toBe('+3250000099');

  await sms(from, 'Het gaat om de grijze container.').expect(200);
  expect(await db().message.count({ where: { ticketId: ticket.id } })).toBe(2);
  expect(await db().ticket.count({ where: { contactId: ticket.contactId } })).toBe(1);
  await new Promise((r) => setTimeout(r, 300));
  expect(sent(from)).toHaveLength(1);
});

test('an agent answers by SMS from the console; the delivery report updates the notification', async () => {
  const from = '+32471000002';
  await sms(from, 'Wanneer is het recyclagepark open?').expect(200);
  const ticket = await db().ticket.findFirstOrThrow({ where: { contact: { identities: { some: { value: from } } } } });
  const res = await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'Dinsdag tot zaterdag van 9 tot 17 uur.', via: 'sms' })
    .expect(201);
  expect(res.body).toMatchObject({ channel: 'sms', direction: 'outbound' });
  const out = await eventually(async () => sent(from).find((r) => r.params.Body.includes('Dinsdag tot zaterdag')));
  expect(out.params.Body).toContain(ticket.reference);
  const n = await eventually(async () =>
    db().notification.findFirst({ where: { ticketId: ticket.id, template: 'agent_reply_sms', status: 'sent' } }),
  );
  expect(n.providerId).toMatch(/^SM[0-9a-f]{32}$/);

  const report = (status: string, extra: Record<string, string> = {}) =>
    signedPost(app, '/webhooks/twilio/sms/status', {
      AccountSid: ACCOUNT_SID,
      MessageSid: n.providerId!,
      MessageStatus: status,
      To: from,
      ...extra,
    }).expect(200);
  await report('delivered');
  await report('sent'); // late and out of order: does not undo "delivered"
  expect(await db().notification.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({
    providerStatus: 'delivered',
    status: 'sent',
  });
});

test("an undelivered SMS marks its notification failed with Twilio's error code", async () => {
  const ticket = await makeTicket({ email: undefined, phone: '+32471000003', channel: 'phone' });
  await agent.post(`/api/admin/tickets/${ticket.id}/reply`).send({ body: 'We bellen u morgen.' }).expect(201);
  const n = await eventually(async () =>
    db().notification.findFirst({ where: { ticketId: ticket.id, status: 'sent' } }),
  );
  expect(n.channel).toBe('sms'); // no email address: the reply went by SMS by itself
  await signedPost(app, '/webhooks/twilio/sms/status', {
    AccountSid: ACCOUNT_SID,
    MessageSid: n.providerId!,
    MessageStatus: 'undelivered',
    ErrorCode: '30003',
  }).expect(200);
  expect(await db().notification.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({
    status: 'failed',
    providerStatus: 'undelivered',
    lastError: 'Twilio reports undelivered (error 30003)',
  });
});

test('STOP (or AFMELDEN) stops SMS notifications, START brings them back, HULP explains; each answered in its language', async () => {
  const from = '+32471000004';
  await sms(from, 'Is mijn aanvraag voor een parkeerkaart al behandeld?').expect(200);
  const ticket = await db().ticket.findFirstOrThrow({ where: { contact: { identities: { some: { value: from } } } } });
  const stop = await sms(from, 'afmelden').expect(200);
  expect(parseTwiml(stop.text)).toEqual([
    expect.objectContaining({ verb: 'Message', text: expect.stringContaining('u ontvangt geen sms meer') }),
  ]);
  expect((await db().contactIdentity.findFirstOrThrow({ where: { value: from } })).smsOptedOutAt).not.toBeNull();
  // a keyword is not a message on the case
  expect(await db().message.count({ where: { ticketId: ticket.id } })).toBe(1);

  const reply = await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'Uw kaart is klaar.', via: 'sms' })
    .expect(400);
  expect(reply.body.message).toMatch(/STOP/);
  // a message written before the STOP is not sent either
  const queued = await db().notification.create({
    data: {
      channel: 'sms',
      template: 't',
      language: 'nl',
      recipient: from,
      bodyText: 'oud bericht',
      ticketId: ticket.id,
    },
  });
  // the relay running in this process finds it, as it finds every row (a direct deliverNotification raced it)
  signalOutbox();
  await eventually(
    async () =>
      (await db().notification.findUniqueOrThrow({ where: { id: queued.id } })).status === 'suppressed' || undefined,
    10_000,
    'the old message suppressed',
  );
  expect(sent(from).some((r) => r.params.Body.includes('oud bericht'))).toBe(false);

  const start = await sms(from, 'START').expect(200);
  expect(parseTwiml(start.text)[0].text).toContain('opnieuw sms-berichten');
  await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`)
    .send({ body: 'Uw kaart is klaar.', via: 'sms' })
    .expect(201);
  await eventually(async () => sent(from).find((r) => r.params.Body.includes('Uw kaart is klaar')));

  const help = await sms(from, 'help').expect(200);
  expect(parseTwiml(help.text)[0].text).toMatch(/^Gemeente Testdorp: just text us your question or call \+3250000099/);
  expect(parseTwiml((await sms(from, 'HULP').expect(200)).text)[0].text).toContain('stuur uw vraag gewoon per sms');
});

test('STOP from a number we never heard of is remembered, so a later case does not text them', async () => {
  const from = '+32471000005';
  await sms(from, 'STOP').expect(200);
  await sms(from, 'Ik heb een vraag over mijn belastingaanslag').expect(200);
  const ticket = await db().ticket.findFirstOrThrow({ where: { contact: { identities: { some: { value: from } } } } });
  expect(await db().notification.count({ where: { ticketId: ticket.id } })).toBe(0);
});

test('texts are refused without a valid signature, and a signed text missing its sender gets a 400', async () => {
  const sid = twilioSid('SM');
  await signedPost(
    app,
    '/webhooks/twilio/sms',
    smsParams(sid, '+32471000006', 'hallo'),
    'wrong-token-00000000000000',
  ).expect(403);
  expect(await db().message.count({ where: { externalId: sid } })).toBe(0);
  const res = await signedPost(app, '/webhooks/twilio/sms', {
    AccountSid: ACCOUNT_SID,
    MessageSid: sid,
    Body: 'hallo',
  }).expect(400);
  expect(res.body.errors).toHaveProperty('From');
});

test("a call-back rings the agent's phone first, then the bridge connects the citizen with the central number as caller id", async () => {
  const dept = await makeDepartment();
  const staffUser = await makeUser('staff', [dept.id]);
  await db().user.update({ where: { id: staffUser.id }, data: { phone: '+32470999888' } });
  const staff = await loginAs(app, staffUser);
  const ticket = await makeTicket({ departmentId: dept.id, phone: '+3250123456', channel: 'phone' });
  const res = await staff.post(`/api/admin/tickets/${ticket.id}/callback`).send({}).expect(201);
  expect(res.body).toMatchObject({
    direction: 'outbound',
    fromNumber: '+32470999888',
    toNumber: '+3250123456',
    ticketId: ticket.id,
  });
  const placed = twilio.requests.filter((r) => r.path.endsWith('/Calls.json')).at(-1)!;
  expect(placed.params).toMatchObject({
    To: '+32470999888',
    From: '+3250000099',
    Url: `http://voordeur.test/webhooks/twilio/voice/bridge?call=${res.body.id}`,
  });
  expect(res.body.callSid).toMatch(/^CA[0-9a-f]{32}$/);

  const bridge = await signedPost(app, `/webhooks/twilio/voice/bridge?call=${res.body.id}`, {
    AccountSid: ACCOUNT_SID,
    CallSid: res.body.callSid,
    From: '+3250000099',
    To: '+32470999888',
    CallStatus: 'in-progress',
    Direction: 'outbound-api',
  }).expect(200);
  const v = parseTwiml(bridge.text);
  expect(v.map((x) => x.verb)).toEqual(['Say', 'Dial']);
  expect(v[0].text).toContain(`dossier ${ticket.reference.replace(/\D/g, '').split('').join(' ')}`);
  expect(v[1].attrs.callerId).toBe('+3250000099');
  expect(v[1].children).toEqual([expect.objectContaining({ verb: 'Number', text: '+3250123456' })]);
  const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id, type: 'callback_started' } });
  expect(events).toHaveLength(1);

  // staff of another department cannot call this citizen
  const other = await loginAs(app, await makeUser('staff', [(await makeDepartment()).id]));
  await other.post(`/api/admin/tickets/${ticket.id}/callback`).send({ agentPhone: '0470 11 22 33' }).expect(404);
});

test('agents close and open the central line from the admin API; staff may not, and only administrators change the menu', async () => {
  const staff = await loginAs(app, await makeUser('staff', [(await makeDepartment()).id]));
  await staff.put('/api/admin/phone/line').send({ closed: true }).expect(403);
  const closed = await agent
    .put('/api/admin/phone/line')
    .send({ closed: true, closedReason: 'Personeelsvergadering' })
    .expect(200);
  expect(closed.body).toMatchObject({
    closed: true,
    closedReason: 'Personeelsvergadering',
    configured: true,
    phoneNumber: '+3250000099',
  });
  expect((await staff.get('/api/admin/phone/line').expect(200)).body.closed).toBe(true);
  const opened = await agent.put('/api/admin/phone/line').send({ closed: false }).expect(200);
  expect(opened.body).toMatchObject({ closed: false, closedReason: null, closedAt: null });
  const dept = await makeDepartment();
  expect(
    (await agent.put('/api/admin/phone/line').send({ agentsDepartmentId: dept.id }).expect(400)).body.message,
  ).toMatch(/Only administrators/);
  const admin = await loginAs(app, await makeUser('admin'));
  expect(
    (await admin.put('/api/admin/phone/line').send({ agentsDepartmentId: dept.id }).expect(200)).body
      .agentsDepartmentId,
  ).toBe(dept.id);
  expect((await admin.put('/api/admin/phone/line').send({}).expect(400)).body.message).toMatch(/at least one field/);
});

// what phones send: a JPEG photo, a PDF, and a video attachments may not have
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
  Buffer.alloc(2000, 7),
  Buffer.from([0xff, 0xd9]),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const MP4 = Buffer.concat([Buffer.from([0x00, 0x00, 0x00, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(500)]);

function mms(from: string, body: string, files: { contentType: string; content: Buffer }[], sid = twilioSid('MM')) {
  const extra: Record<string, string> = { NumMedia: String(files.length) };
  files.forEach((f, i) => {
    const mediaSid = twilioSid('ME');
    twilio.media.set(mediaSid, f);
    extra[`MediaUrl${i}`] =
      `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}/Media/${mediaSid}`;
    extra[`MediaContentType${i}`] = f.contentType;
  });
  const params = smsParams(sid, from, body, extra);
  return { sid, send: () => signedPost(app, '/webhooks/twilio/sms', params) };
}

async function readBlob(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await blobStore().open(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

test("an MMS's photo and PDF are fetched from Twilio and attached to the ticket; a retried webhook stores them once", async () => {
  const from = '+32471000010';
  const message = mms(from, 'Zwerfvuil langs de Leie, zie foto', [
    { contentType: 'image/jpeg', content: JPEG },
    { contentType: 'application/pdf', content: PDF },
  ]);
  await message.send().expect(200);
  await message.send().expect(200);
  const ticket = await db().ticket.findFirstOrThrow({
    where: { contact: { identities: { some: { value: from } } } },
    include: { messages: true },
  });
  expect(ticket.messages).toHaveLength(1);
  const attachments = await eventually(async () => {
    const a = await db().attachment.findMany({ where: { ticketId: ticket.id }, orderBy: { filename: 'asc' } });
    return a.length === 2 ? a : undefined;
  });
  expect(attachments.map((a) => [a.contentType, a.size, a.messageId])).toEqual([
    ['image/jpeg', JPEG.length, ticket.messages[0].id],
    ['application/pdf', PDF.length, ticket.messages[0].id],
  ]);
  expect(attachments.map((a) => a.filename)).toEqual([
    expect.stringMatching(/^mms-[0-9a-f]{6}-1\.jpg$/),
    expect.stringMatching(/^mms-[0-9a-f]{6}-2\.pdf$/),
  ]);
  expect((await readBlob(attachments[0].storageKey)).equals(JPEG)).toBe(true);
  // asked of the account's API with its credentials; the content network Twilio redirects to never sees them
  const asked = twilio.requests.filter((r) =>
    r.path.startsWith(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${message.sid}/Media/`),
  );
  expect(asked).toHaveLength(2);
  expect(asked.every((r) => r.method === 'GET' && r.authorized)).toBe(true);
  const cdn = twilio.cdnRequests.filter((r) => asked.some((a) => a.path.endsWith(r.path.split('/').pop()!)));
  expect(cdn).toHaveLength(2);
  expect(cdn.map((r) => r.authorization)).toEqual([undefined, undefined]);
  await new Promise((r) => setTimeout(r, 300));
  expect(await db().attachment.count({ where: { ticketId: ticket.id } })).toBe(2);
});

test('an MMS with only a photo opens a ticket that says so; a video is not attached but named on the message and in the timeline', async () => {
  const from = '+32471000011';
  await mms(from, '', [{ contentType: 'image/jpeg', content: JPEG }])
    .send()
    .expect(200);
  const ticket = await db().ticket.findFirstOrThrow({ where: { contact: { identities: { some: { value: from } } } } });
  expect(ticket.subject).toBe('(MMS met 1 bijlage)');
  await eventually(() => db().attachment.findFirst({ where: { ticketId: ticket.id } }));

  const video = mms(from, 'En hier een filmpje', [{ contentType: 'video/mp4', content: MP4 }]);
  await video.send().expect(200);
  const message = await db().message.findFirstOrThrow({ where: { externalId: video.sid } });
  expect(message.ticketId).toBe(ticket.id);
  const refused = await eventually(async () => {
    const m = await db().channelMedia.findFirstOrThrow({ where: { messageId: message.id } });
    return m.status === 'refused' ? m : undefined;
  });
  expect(refused.attempts).toBe(1);
  const meta = (await db().message.findUniqueOrThrow({ where: { id: message.id } })).meta as {
    skippedAttachments?: { filename: string; reason: string }[];
  };
  expect(meta.skippedAttachments).toEqual([
    expect.objectContaining({
      filename: expect.stringMatching(/^mms-[0-9a-f]{6}-1$/),
      reason: expect.stringContaining('is not a photo'),
    }),
  ]);
  expect(await db().ticketEvent.findMany({ where: { ticketId: ticket.id, type: 'media_fetch_failed' } })).toEqual([
    expect.objectContaining({ data: expect.objectContaining({ kind: 'media', reason: 'refused' }) }),
  ]);
  expect(await db().attachment.count({ where: { messageId: message.id } })).toBe(0);

  // a photo over UPLOAD_MAX_FILE_MB (10) is not stored either, and not even read to the end
  const large = mms(from, 'Een grote foto', [
    { contentType: 'image/jpeg', content: Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]) },
  ]);
  await large.send().expect(200);
  const largeMessage = await db().message.findFirstOrThrow({ where: { externalId: large.sid } });
  const tooLarge = await eventually(async () => {
    const m = await db().channelMedia.findFirstOrThrow({ where: { messageId: largeMessage.id } });
    return m.status === 'refused' ? m : undefined;
  });
  expect(tooLarge.lastError).toMatch(/larger than 10 MB/);
  expect(await db().attachment.count({ where: { messageId: largeMessage.id } })).toBe(0);
});

test("a signed MMS whose media address is not Twilio's is refused with a 400 naming the field, and nothing is fetched", async () => {
  const sid = twilioSid('MM');
  const params = smsParams(sid, '+32471000012', 'kijk', {
    NumMedia: '1',
    MediaUrl0: 'http://169.254.169.254/latest/meta-data/',
  });
  const res = await signedPost(app, '/webhooks/twilio/sms', params).expect(400);
  expect(res.body.errors).toHaveProperty('MediaUrl0');
  const missing = await signedPost(
    app,
    '/webhooks/twilio/sms',
    smsParams(twilioSid('MM'), '+32471000012', 'kijk', { NumMedia: '1' }),
  ).expect(400);
  expect(missing.body.errors).toHaveProperty('MediaUrl0');
  expect(await db().message.count({ where: { externalId: sid } })).toBe(0);
});
