import { WHISPER_PORT } from './transcriptionEnv';
import type { Express } from 'express';
import type { Worker } from 'bullmq';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { recordingHooks, startPhoneWorker } from '../../src/channels/phone/jobs';
import { startMediaWorker } from '../../src/channels/twilio/mediaJobs';
import { listUrl, loginAs, makeDepartment, makeUser, type Console } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import {
  ACCOUNT_SID,
  callParams,
  parseTwiml,
  signedPost,
  startTwilioStandIn,
  twilioSid,
  type TwilioStandIn,
} from '../support/twilio';
import { startWhisperStandIn, type WhisperStandIn } from '../support/whisper';

let app: Express;
let twilio: TwilioStandIn;
let whisper: WhisperStandIn;
let agent: Console;

beforeAll(async () => {
  app = buildApp();
  twilio = await startTwilioStandIn();
  onTeardown(() => twilio.close());
  whisper = await startWhisperStandIn(WHISPER_PORT);
  onTeardown(() => whisper.close());
  await db().phoneLine.create({ data: { id: 1, agentsDepartmentId: (await makeDepartment('Onthaal')).id } });
  const workers: Worker[] = [startPhoneWorker(), startMediaWorker(recordingHooks())];
  onTeardown(() => Promise.all(workers.map((w) => w.close())));
  agent = await loginAs(app, await makeUser('agent'));
});

/** A caller leaves a voicemail and Twilio reports the recording; returns the voicemail's message once it has its recording. */
async function leaveVoicemail(from: string) {
  const callSid = twilioSid('CA');
  const recordingSid = twilioSid('RE');
  await signedPost(app, '/webhooks/twilio/voice', callParams(callSid, from)).expect(200);
  const menu = await signedPost(
    app,
    '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
    callParams(callSid, from, { Digits: '0' }),
  ).expect(200);
  await signedPost(app, '/webhooks/twilio/voice/recording', {
    AccountSid: ACCOUNT_SID,
    CallSid: callSid,
    RecordingSid: recordingSid,
    RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings/${recordingSid}`,
    RecordingStatus: 'completed',
    RecordingDuration: '21',
  }).expect(200);
  const message = () =>
    db().message.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'phone', externalId: `recording:${recordingSid}` } },
      include: { attachments: true },
    });
  return { callSid, recordingSid, menu, message };
}

test('a voicemail is transcribed in Dutch by the configured speech-to-text server; the text is on the ticket and the search finds it', async () => {
  whisper.text = 'Goeiedag, de straatlamp aan de Doorniksewijk 12 brandt al een week niet meer.';
  const vm = await leaveVoicemail('+32470200300');
  // Twilio's own transcription (English only) is not asked for when a Dutch one is configured
  const record = parseTwiml(vm.menu.text).find((v) => v.verb === 'Record');
  expect(record?.attrs.transcribe).toBe('false');

  const message = await eventually(async () => {
    const m = await vm.message();
    return m.bodyText.includes('Doorniksewijk') ? m : undefined;
  });
  expect(message.bodyText).toMatch(
    /, 21 seconden\.\n\nTranscriptie:\nGoeiedag, de straatlamp aan de Doorniksewijk 12 brandt al een week niet meer\.$/,
  );
  expect(message.attachments).toHaveLength(1);

  // the multipart request an OpenAI-compatible server expects, with the recording's own bytes
  const sent = whisper.requests.filter((r) => r.audio?.equals(twilio.recording));
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({
    path: '/v1/audio/transcriptions',
    contentType: expect.stringMatching(/^multipart\/form-data; boundary=/),
    authorization: 'Bearer test-transcription-key',
    model: 'large-v3',
    language: 'nl',
    responseFormat: 'json',
    filename: message.attachments[0].filename,
    fileType: 'audio/mpeg',
  });

  expect(await db().ticketEvent.count({ where: { ticketId: message.ticketId, type: 'voicemail_transcribed' } })).toBe(
    1,
  );
  expect((await db().phoneCall.findUniqueOrThrow({ where: { callSid: vm.callSid } })).transcription).toBe(whisper.text);
  const found = await agent.get(listUrl('tickets', { filter: { q: 'Doorniksewijk' } })).expect(200);
  expect(found.body.map((t: { id: string }) => t.id)).toEqual([message.ticketId]);
});

test('a failing speech-to-text server is tried again; when it keeps failing the timeline says so, the recording stays and /metrics counts it', async () => {
  whisper.text = 'Ik bel over mijn parkeerkaart.';
  whisper.failNext(2);
  const retried = await leaveVoicemail('+32470200301');
  await eventually(async () => (await retried.message()).bodyText.includes('parkeerkaart'));

  const metric = async () => {
    const text = (await request(app).get('/metrics').expect(200)).text;
    return Number(/^voordeur_transcription_failures_total\{channel="phone"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  };
  const before = await metric();
  whisper.setBroken(true);
  try {
    const vm = await leaveVoicemail('+32470200302');
    const media = await eventually(async () => {
      const m = await db().channelMedia.findFirstOrThrow({ where: { sourceId: vm.recordingSid } });
      return m.transcriptionStatus === 'failed' ? m : undefined;
    }, 20_000);
    expect(media).toMatchObject({ status: 'stored', transcriptionAttempts: 6 });
    const message = await vm.message();
    expect(message.attachments).toEqual([
      expect.objectContaining({ contentType: 'audio/mpeg', size: twilio.recording.length }),
    ]);
    expect(message.bodyText).toContain('(Geen transcriptie: beluister de opname.)');
    expect(
      await db().ticketEvent.findMany({
        where: { ticketId: message.ticketId, type: 'voicemail_transcription_failed' },
      }),
    ).toEqual([expect.objectContaining({ data: expect.objectContaining({ error: expect.stringContaining('500') }) })]);
    expect(await metric()).toBe(before + 1);
  } finally {
    whisper.setBroken(false);
  }
});
