import { Worker } from 'bullmq';
import { db } from '../../db';
import { config } from '../../config';
import { logger } from '../../logger';
import { redisConnection } from '../../redis';
import { QUEUE, queue, queueConnection } from '../../queues';
import { NotYet, processMissedCall } from './followUp';
import {
  applyTwilioTranscription,
  pendingTranscriptions,
  processVoicemailTranscription,
  receiveVoicemail,
  voicemailHooks,
} from './voicemail';

type PhoneJob = 'voicemail' | 'transcription' | 'transcribe' | 'missed';

/** The webhook has already written what the job needs to PostgreSQL; a job lost with Redis is re-queued by the sweep. */
async function enqueue(name: PhoneJob, data: { callSid: string } | { mediaId: string }, delayMs = 0): Promise<void> {
  if (queueConnection() === 'down') return;
  const id = 'callSid' in data ? data.callSid : data.mediaId;
  const retries =
    name === 'transcribe'
      ? {
          attempts: config().MEDIA_FETCH_ATTEMPTS,
          backoff: { type: 'exponential', delay: config().MEDIA_FETCH_BACKOFF_MS },
        }
      : { attempts: 12, backoff: { type: 'exponential', delay: 2000 } };
  const adding = queue(QUEUE.phone).add(name, data, {
    jobId: `${name}-${id}`,
    delay: delayMs,
    ...retries,
    removeOnComplete: true,
    removeOnFail: name === 'transcribe' ? true : 1000,
  });
  adding.catch(() => undefined);
  const gaveUp = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 2000).unref());
  try {
    await Promise.race([adding, gaveUp]);
  } catch (err) {
    logger.warn({ err, name, id }, 'phone: could not queue now; the sweep will');
  }
}

export async function saveRecording(callSid: string, recordingSid: string, seconds: number): Promise<void> {
  await db().phoneCall.updateMany({
    where: { callSid },
    data: { recordingSid, recordingSeconds: seconds, outcome: 'voicemail' },
  });
}

export async function saveTranscription(callSid: string, text: string): Promise<void> {
  await db().phoneCall.updateMany({ where: { callSid }, data: { transcription: text.slice(0, 20_000) } });
}

export const enqueueVoicemail = (callSid: string) => enqueue('voicemail', { callSid });
export const enqueueTranscription = (callSid: string) => enqueue('transcription', { callSid });
export const enqueueVoicemailTranscription = (mediaId: string) => enqueue('transcribe', { mediaId });
/** A caller who reached the voicemail prompt may still be leaving a message: the decision waits for the recording. */
export const enqueueMissedCall = (callSid: string, atVoicemail: boolean) =>
  enqueue('missed', { callSid }, atVoicemail ? config().PHONE_MISSED_CALL_GRACE_SECONDS * 1000 : 0);

/** What the media worker does with a fetched voicemail recording. */
export const recordingHooks = () => ({ recording: voicemailHooks(enqueueVoicemailTranscription) });

/** Voicemails without a ticket, transcriptions and ended calls without a call-back task, whose job went missing. */
export async function sweepPhoneFollowUps(now = new Date()): Promise<number> {
  const settled = new Date(now.getTime() - 60_000);
  const graceOver = new Date(now.getTime() - config().PHONE_MISSED_CALL_GRACE_SECONDS * 1000 - 60_000);
  const week = new Date(now.getTime() - 7 * 86_400_000);
  const voicemails = await db().phoneCall.findMany({
    where: { recordingSid: { not: null }, ticketId: null, updatedAt: { lt: settled, gt: week } },
    select: { callSid: true },
    take: 200,
  });
  const missed = await db().phoneCall.findMany({
    where: {
      direction: 'inbound',
      ticketId: null,
      recordingSid: null,
      fromNumber: { startsWith: '+' },
      endedAt: { lt: graceOver, gt: week },
      NOT: { outcome: { in: ['connected', 'voicemail', 'status_told'] } },
    },
    select: { callSid: true },
    take: 200,
  });
  const transcriptions = await pendingTranscriptions(now);
  for (const v of voicemails) await enqueueVoicemail(v.callSid);
  for (const m of missed) await enqueueMissedCall(m.callSid, false);
  for (const t of transcriptions) await enqueueVoicemailTranscription(t);
  return voicemails.length + missed.length + transcriptions.length;
}

export function startPhoneWorker(): Worker {
  const worker = new Worker(
    QUEUE.phone,
    async (job) => {
      if (job.name === 'sweep') return { queued: await sweepPhoneFollowUps() };
      if (job.name === 'transcribe')
        return { outcome: await processVoicemailTranscription((job.data as { mediaId: string }).mediaId) };
      const { callSid } = job.data as { callSid: string };
      if (job.name === 'voicemail') return { outcome: await receiveVoicemail(callSid) };
      if (job.name === 'transcription') return { outcome: await applyTwilioTranscription(callSid) };
      if (job.name === 'missed') return { outcome: await processMissedCall(callSid) };
      throw new Error(`unknown phone job ${job.name}`);
    },
    {
      connection: redisConnection(),
      prefix: config().REDIS_PREFIX,
      concurrency: 4,
      lockDuration: config().QUEUE_LOCK_MS,
      stalledInterval: config().QUEUE_LOCK_MS,
    },
  );
  worker.on('failed', (job, err) =>
    (err instanceof NotYet ? logger.debug : logger.warn).call(
      logger,
      { jobId: job?.id, err: err.message },
      'phone job failed',
    ),
  );
  worker.on('error', (err) => logger.error({ err }, 'phone worker error'));
  return worker;
}

export async function schedulePhoneSweep(): Promise<void> {
  await queue(QUEUE.phone).upsertJobScheduler(
    'phone-sweep',
    { every: config().PHONE_SWEEP_INTERVAL_MS },
    { name: 'sweep' },
  );
}
