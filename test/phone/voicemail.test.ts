import type { Express } from 'express';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { blobStore } from '../../src/attachments/storage';
import { recordingHooks, startPhoneWorker, sweepPhoneFollowUps } from '../../src/channels/phone/jobs';
import { startMediaWorker } from '../../src/channels/twilio/mediaJobs';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { makeDepartment } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import {
  ACCOUNT_SID,
  callParams,
  signedPost,
  startTwilioStandIn,
  twilioSid,
  type TwilioStandIn,
} from '../support/twilio';

let app: Express;
let twilio: TwilioStandIn;
let workers: { close(): Promise<void> }[];
let onthaal: string;

beforeAll(async () => {
  app = buildApp();
  twilio = await startTwilioStandIn();
  onTeardown(() => twilio.close());
  onthaal = (await makeDepartment('Onthaal')).id;
  await db().phoneLine.create({ data: { id: 1, agentsDepartmentId: onthaal } });
  workers = [startPhoneWorker(), startMediaWorker(recordingHooks()), startOutboxWorker()];
  onTeardown(() => Promise.all(workers.map((w) => w.close())));
});

async function readBlob(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await blobStore().open(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function callThatLeavesVoicemail(from: string) {
  const callSid = twilioSid('CA');
  const recordingSid = twilioSid('RE');
  await signedPost(app, '/webhooks/twilio/voice', callParams(callSid, from)).expect(200);
  await signedPost(
    app,
    '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
    callParams(callSid, from, { Digits: '0' }),
  ).expect(200);
  return { callSid, recordingSid };
}

const recordingCallback = (callSid: string, recordingSid: string) => ({
  AccountSid: ACCOUNT_SID,
  CallSid: callSid,
  RecordingSid: recordingSid,
  RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings/${recordingSid}`,
  RecordingStatus: 'completed',
  RecordingDuration: '14',
  RecordingChannels: '1',
  RecordingSource: 'RecordVerb',
  RecordingStartTime: 'Tue, 24 Nov 2026 09:12:44 +0000',
});

test('a voicemail becomes one ticket with the recording stored and its transcription, and a mobile caller gets an SMS with the reference', async () => {
  const { callSid, recordingSid } = await callThatLeavesVoicemail('+32475123123');
  // Twilio asks for the recorded action and sends the recording callback, and retries the callback
  await signedPost(
    app,
    '/webhooks/twilio/voice/recorded?lang=nl',
    callParams(callSid, '+32475123123', { RecordingSid: recordingSid, RecordingDuration: '14', RecordingUrl: 'x' }),
  ).expect(200);
  await signedPost(app, '/webhooks/twilio/voice/recording', recordingCallback(callSid, recordingSid)).expect(200);
  await signedPost(app, '/webhooks/twilio/voice/recording', recordingCallback(callSid, recordingSid)).expect(200);

  const call = await db().phoneCall.findUniqueOrThrow({ where: { callSid } });
  await eventually(() => db().attachment.findFirst({ where: { ticketId: call.ticketId! } }));
  const ticket = await db().ticket.findUniqueOrThrow({
    where: { id: call.ticketId! },
    include: { attachments: true, messages: true, contact: { include: { identities: true } } },
  });
  expect(ticket).toMatchObject({ channel: 'phone', departmentId: onthaal, subject: 'Voicemail van +32475123123' });
  expect(ticket.tags).toContain('voicemail');
  expect(ticket.contact!.identities.map((i) => i.value)).toEqual(['+32475123123']);
  expect(ticket.attachments).toHaveLength(1);
  expect(ticket.attachments[0]).toMatchObject({
    contentType: 'audio/mpeg',
    size: twilio.recording.length,
    filename: expect.stringMatching(/^voicemail-\d{8}-\d{4}\.mp3$/),
  });
  expect((await readBlob(ticket.attachments[0].storageKey)).equals(twilio.recording)).toBe(true);
  // fetched from the account's Recordings resource with the account's credentials
  expect(
    twilio.requests.filter((r) => r.path === `/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings/${recordingSid}.mp3`),
  ).toEqual([expect.objectContaining({ method: 'GET', authorized: true })]);

  await signedPost(app, '/webhooks/twilio/voice/transcription', {
    AccountSid: ACCOUNT_SID,
    CallSid: callSid,
    RecordingSid: recordingSid,
    TranscriptionSid: twilioSid('TR'),
    TranscriptionStatus: 'completed',
    TranscriptionText: 'Goeiedag, mijn vuilniszak is niet opgehaald in de Stationsstraat.',
    TranscriptionUrl: 'https://api.twilio.com/x',
  }).expect(200);
  await eventually(async () =>
    (await db().message.findFirstOrThrow({ where: { ticketId: ticket.id } })).bodyText.includes('Stationsstraat'),
  );
  expect(await db().ticket.count({ where: { contactId: ticket.contactId } })).toBe(1);

  const sms = await eventually(async () =>
    twilio.requests.find((r) => r.path.endsWith('/Messages.json') && r.params.To === '+32475123123'),
  );
  expect(sms.params.From).toBe('+3250000099');
  expect(sms.params.Body).toContain(ticket.reference);
  expect(sms.params.StatusCallback).toBe('http://voordeur.test/webhooks/twilio/sms/status');
  // the status callback, hung up at the end, makes no call-back task: the caller left a message
  await signedPost(
    app,
    '/webhooks/twilio/voice/status',
    callParams(callSid, '+32475123123', { CallStatus: 'completed', CallDuration: '48' }),
  ).expect(200);
  await new Promise((r) => setTimeout(r, 300));
  expect(await db().ticket.count({ where: { contactId: ticket.contactId } })).toBe(1);
});

test('a caller who hangs up in the queue gets a call-back task; a second missed call lands on the same task', async () => {
  const from = '+32476555666';
  const first = twilioSid('CA');
  await signedPost(app, '/webhooks/twilio/voice', callParams(first, from)).expect(200);
  await signedPost(
    app,
    '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
    callParams(first, from, { Digits: '1' }),
  ).expect(200);
  await signedPost(
    app,
    '/webhooks/twilio/voice/queue-result?lang=nl',
    callParams(first, from, { QueueResult: 'hangup', QueueTime: '75' }),
  ).expect(200);
  const status = callParams(first, from, { CallStatus: 'completed', CallDuration: '92' });
  await signedPost(app, '/webhooks/twilio/voice/status', status).expect(200);
  await signedPost(app, '/webhooks/twilio/voice/status', status).expect(200);
  const call = await eventually(async () => {
    const c = await db().phoneCall.findUniqueOrThrow({ where: { callSid: first } });
    return c.ticketId ? c : undefined;
  });
  expect(call).toMatchObject({ status: 'completed', durationSeconds: 92, outcome: 'abandoned', choices: ['1'] });
  const ticket = await db().ticket.findUniqueOrThrow({ where: { id: call.ticketId! }, include: { messages: true } });
  expect(ticket.tags).toContain('terugbellen');
  expect(ticket.subject).toBe(`Terugbellen: gemiste oproep van ${from}`);
  expect(ticket.messages[0].bodyText).toContain('Keuzes in het menu: 1.');

  const second = twilioSid('CA');
  await signedPost(app, '/webhooks/twilio/voice', callParams(second, from)).expect(200);
  await signedPost(
    app,
    '/webhooks/twilio/voice/status',
    callParams(second, from, { CallStatus: 'completed', CallDuration: '4' }),
  ).expect(200);
  await eventually(
    async () => (await db().phoneCall.findUniqueOrThrow({ where: { callSid: second } })).ticketId === ticket.id,
  );
  expect(await db().message.count({ where: { ticketId: ticket.id } })).toBe(2);
  expect(await db().ticket.count({ where: { contactId: ticket.contactId } })).toBe(1);
});

test('calls that were helped, and callers who withheld their number, make no call-back task', async () => {
  const connected = twilioSid('CA');
  await signedPost(app, '/webhooks/twilio/voice', callParams(connected, '+32477000111')).expect(200);
  await signedPost(
    app,
    '/webhooks/twilio/voice/dial-result?lang=nl',
    callParams(connected, '+32477000111', { DialCallStatus: 'completed' }),
  ).expect(200);
  await signedPost(
    app,
    '/webhooks/twilio/voice/status',
    callParams(connected, '+32477000111', { CallStatus: 'completed', CallDuration: '300' }),
  ).expect(200);
  const anonymous = twilioSid('CA');
  await signedPost(app, '/webhooks/twilio/voice', callParams(anonymous, 'anonymous')).expect(200);
  await signedPost(
    app,
    '/webhooks/twilio/voice/status',
    callParams(anonymous, 'anonymous', { CallStatus: 'completed', CallDuration: '20' }),
  ).expect(200);
  await new Promise((r) => setTimeout(r, 500));
  expect(await sweepPhoneFollowUps(new Date(Date.now() + 3600_000))).toBe(0);
  const calls = await db().phoneCall.findMany({ where: { callSid: { in: [connected, anonymous] } } });
  expect(calls.map((c) => c.ticketId)).toEqual([null, null]);
  expect(calls.find((c) => c.callSid === anonymous)!.contactId).toBeNull();
});

test('a voicemail whose job was lost (Redis away) is found by the sweep and still becomes exactly one ticket', async () => {
  const { callSid, recordingSid } = await callThatLeavesVoicemail('+32478999000');
  // as if the webhook had stored the recording but could not queue the job
  await db().phoneCall.update({
    where: { callSid },
    data: { recordingSid, recordingSeconds: 9, outcome: 'voicemail', updatedAt: new Date(Date.now() - 120_000) },
  });
  expect(await sweepPhoneFollowUps()).toBeGreaterThanOrEqual(1);
  const call = await eventually(async () => {
    const c = await db().phoneCall.findUniqueOrThrow({ where: { callSid } });
    return c.ticketId ? c : undefined;
  });
  await sweepPhoneFollowUps(new Date(Date.now() + 120_000));
  await new Promise((r) => setTimeout(r, 300));
  expect(await db().ticket.count({ where: { contactId: call.contactId } })).toBe(1);
});

test('while Twilio does not serve the recording yet, the job retries and then stores it', async () => {
  const { callSid, recordingSid } = await callThatLeavesVoicemail('+32479111222');
  twilio.failNext(2, 404);
  await signedPost(app, '/webhooks/twilio/voice/recording', recordingCallback(callSid, recordingSid)).expect(200);
  const call = await eventually(async () => {
    const c = await db().phoneCall.findUniqueOrThrow({ where: { callSid } });
    return c.ticketId ? c : undefined;
  }, 20_000);
  await eventually(async () => (await db().attachment.count({ where: { ticketId: call.ticketId! } })) === 1, 20_000);
});

const messageOf = (recordingSid: string) =>
  db().message.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'phone', externalId: `recording:${recordingSid}` } },
    include: { attachments: true },
  });

test('a voicemail while Twilio cannot be reached is a ticket as soon as the webhook returns, and gets its recording when Twilio is back', async () => {
  const { callSid, recordingSid } = await callThatLeavesVoicemail('+32479333444');
  await twilio.setDown('refuse');
  try {
    await signedPost(app, '/webhooks/twilio/voice/recording', recordingCallback(callSid, recordingSid)).expect(200);
    // Twilio retries a callback it had no answer to in time: still one ticket, one message
    await signedPost(app, '/webhooks/twilio/voice/recording', recordingCallback(callSid, recordingSid)).expect(200);

    const call = await db().phoneCall.findUniqueOrThrow({ where: { callSid } });
    expect(call.ticketId).not.toBeNull();
    const ticket = await db().ticket.findUniqueOrThrow({
      where: { id: call.ticketId! },
      include: { messages: true, attachments: true },
    });
    expect(ticket).toMatchObject({ channel: 'phone', subject: 'Voicemail van +32479333444', departmentId: onthaal });
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.messages[0].bodyText).toMatch(
      /^Voicemail van \+32479333444, \w+ \d+ \w+ \d{4} om \d\d:\d\d, 14 seconden\.\n\nDe opname wordt opgehaald\.$/,
    );
    expect(ticket.attachments).toEqual([]);

    // the job keeps trying while Twilio is away
    await eventually(
      async () => (await db().channelMedia.findFirstOrThrow({ where: { sourceId: recordingSid } })).attempts >= 2,
    );
  } finally {
    await twilio.setDown(false);
  }
  await eventually(async () => ((await messageOf(recordingSid)).attachments.length ? true : undefined));
  // read again once the attachment is there: the message and its attachments are two queries, and the first read
  // may have taken the message from just before the transaction that stored the recording and rewrote its text
  const message = await messageOf(recordingSid);
  expect(message.attachments).toEqual([
    expect.objectContaining({ contentType: 'audio/mpeg', size: twilio.recording.length }),
  ]);
  expect((await readBlob(message.attachments[0].storageKey)).equals(twilio.recording)).toBe(true);
  expect(message.bodyText).not.toContain('wordt opgehaald');
  expect(message.bodyText).toContain('beluister de opname');
  expect(await db().message.count({ where: { ticketId: message.ticketId } })).toBe(1);
  expect(await db().attachment.count({ where: { ticketId: message.ticketId } })).toBe(1);
  expect(await db().ticketEvent.count({ where: { ticketId: message.ticketId, type: 'media_fetch_failed' } })).toBe(0);
});

test('a recording Twilio never serves: after the last try the timeline says so, the message too, and /metrics counts it', async () => {
  const metric = async () => {
    const text = (await request(app).get('/metrics').expect(200)).text;
    return Number(
      /^voordeur_media_fetch_failures_total\{channel="phone",reason="unreachable"\} (\d+)$/m.exec(text)?.[1] ?? 0,
    );
  };
  const before = await metric();
  const { callSid, recordingSid } = await callThatLeavesVoicemail('+32479555666');
  twilio.unavailable.add(recordingSid);
  await signedPost(app, '/webhooks/twilio/voice/recording', recordingCallback(callSid, recordingSid)).expect(200);
  const media = await eventually(async () => {
    const m = await db().channelMedia.findFirstOrThrow({ where: { sourceId: recordingSid } });
    return m.status === 'failed' ? m : undefined;
  }, 20_000);
  expect(media).toMatchObject({ attempts: 6, lastError: expect.stringContaining('503') });
  const events = await db().ticketEvent.findMany({ where: { ticketId: media.ticketId, type: 'media_fetch_failed' } });
  expect(events).toEqual([
    expect.objectContaining({ data: expect.objectContaining({ kind: 'recording', reason: 'unreachable' }) }),
  ]);
  expect((await messageOf(recordingSid)).bodyText).toContain('De opname kon niet worden opgehaald bij Twilio.');
  expect(twilio.requests.filter((r) => r.path.endsWith(`/Recordings/${recordingSid}.mp3`))).toHaveLength(6);
  expect(await metric()).toBe(before + 1);
});

test('the same recording callback twice at the same moment, from a withheld number, still makes one ticket and one attachment', async () => {
  const { callSid, recordingSid } = await callThatLeavesVoicemail('anonymous');
  const callback = recordingCallback(callSid, recordingSid);
  const answers = await Promise.all([
    signedPost(app, '/webhooks/twilio/voice/recording', callback),
    signedPost(app, '/webhooks/twilio/voice/recording', callback),
  ]);
  expect(answers.map((a) => a.status)).toEqual([200, 200]);
  const message = await eventually(async () => {
    const m = await messageOf(recordingSid);
    return m.attachments.length ? m : undefined;
  });
  expect(await db().message.count({ where: { externalId: `recording:${recordingSid}` } })).toBe(1);
  expect(await db().channelMedia.count({ where: { sourceId: recordingSid } })).toBe(1);
  await new Promise((r) => setTimeout(r, 300));
  expect(await db().attachment.count({ where: { ticketId: message.ticketId } })).toBe(1);
  expect((await db().ticket.findUniqueOrThrow({ where: { id: message.ticketId } })).subject).toBe(
    'Voicemail van een afgeschermd nummer',
  );
});
