import { DateTime } from 'luxon';
import { db, type Tx } from '../../db';
import { intake } from '../../intake/intake';
import { recordEvent } from '../../tickets/events';
import { ticketChanged } from '../../shared/ticketChanges';
import { ConflictError } from '../../shared/errors';
import { readBlob } from '../../attachments/storage';
import { config } from '../../config';
import { transcribe, transcriptionEnabled } from '../../transcription/whisper';
import type { ChannelMedia, PhoneCall } from '../../generated/prisma/client';
import { callerNumber } from './calls';
import { fallbackDepartment, NotYet } from './followUp';
import { recordingMedia } from '../twilio/media';
import { enqueueAnnouncedMedia, type MediaHooks } from '../twilio/mediaJobs';

const brussels = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Brussels' }).setLocale('nl-BE');

export const recordingExternalId = (recordingSid: string) => `recording:${recordingSid}`;

type RecordingState = Pick<ChannelMedia, 'status' | 'transcriptionStatus'>;

/** The voicemail's message text: who, when, how long, where the recording is, and its transcription. Searchable. */
export function voicemailText(call: PhoneCall, recording: RecordingState | null | undefined): string {
  const when = brussels(call.startedAt).toFormat("cccc d LLLL yyyy 'om' HH:mm");
  const parts = [
    `Voicemail van ${callerNumber(call.fromNumber) ?? 'een afgeschermd nummer'}, ${when}, ${call.recordingSeconds ?? '?'} seconden.`,
  ];
  if (!recording || recording.status === 'pending') parts.push('De opname wordt opgehaald.');
  else if (recording.status !== 'stored') parts.push('De opname kon niet worden opgehaald bij Twilio.');
  if (call.transcription) parts.push(`Transcriptie:\n${call.transcription}`);
  else if (recording?.transcriptionStatus === 'pending') parts.push('De transcriptie volgt.');
  else if (recording?.status === 'stored') parts.push('(Geen transcriptie: beluister de opname.)');
  return parts.join('\n\n');
}

/**
 * The voicemail becomes a ticket at once (caller, duration, "the recording is being fetched"), or joins the
 * call-back task this call already made; the recording itself is fetched by a job. A retried webhook finds the
 * message by its RecordingSid and makes nothing twice.
 */
export async function receiveVoicemail(callSid: string): Promise<'created' | 'joined' | 'duplicate' | 'nothing'> {
  const call = await db().phoneCall.findUnique({ where: { callSid } });
  if (!call?.recordingSid) return 'nothing';
  const externalId = recordingExternalId(call.recordingSid);
  let outcome: 'created' | 'joined' | 'duplicate';
  let ticketId: string;
  const existing = await db().message.findUnique({ where: { channel_externalId: { channel: 'phone', externalId } } });
  if (existing) {
    outcome = 'duplicate';
    ticketId = existing.ticketId;
  } else {
    const number = callerNumber(call.fromNumber);
    const when = brussels(call.startedAt).toFormat('yyyyLLdd-HHmm');
    try {
      const result = await intake({
        channel: 'phone',
        externalId,
        contact: number ? { phone: number } : {},
        subject: `Voicemail van ${number ?? 'een afgeschermd nummer'}`,
        body: voicemailText(call, null),
        ticketId: call.ticketId ?? undefined,
        defaultDepartmentId: await fallbackDepartment(call),
        tags: ['voicemail'],
        meta: { callSid: call.callSid, recordingSid: call.recordingSid, seconds: call.recordingSeconds ?? 0 },
        pendingMedia: [recordingMedia(call.recordingSid, `voicemail-${when}.mp3`)],
      });
      outcome = result.outcome;
      ticketId = result.ticket.id;
    } catch (err) {
      // the same callback twice at the same moment: the other request made the ticket
      const made =
        err instanceof ConflictError &&
        (await db().message.findUnique({ where: { channel_externalId: { channel: 'phone', externalId } } }));
      if (!made) throw err;
      outcome = 'duplicate';
      ticketId = made.ticketId;
    }
  }
  await db().phoneCall.update({ where: { callSid }, data: { ticketId, outcome: 'voicemail' } });
  await enqueueAnnouncedMedia('phone', [call.recordingSid]);
  return outcome;
}

/** Rewrites the voicemail's message from the call and its recording (the search document follows by trigger). */
async function refreshVoicemailText(tx: Tx, recordingSid: string): Promise<void> {
  const call = await tx.phoneCall.findFirst({ where: { recordingSid } });
  const message = await tx.message.findUnique({
    where: { channel_externalId: { channel: 'phone', externalId: recordingExternalId(recordingSid) } },
  });
  if (!call || !message) return;
  const recording = await tx.channelMedia.findUnique({
    where: { channel_sourceId: { channel: 'phone', sourceId: recordingSid } },
  });
  const text = voicemailText(call, recording);
  if (text !== message.bodyText)
    await tx.message.update({ where: { id: message.id }, data: { bodyText: text, displayText: null } });
}

/** What the media job does for a voicemail recording: rewrite the message, and (when configured) transcribe it. */
export function voicemailHooks(enqueueTranscription: (mediaId: string) => Promise<void>): MediaHooks {
  return {
    async stored(tx, media) {
      if (transcriptionEnabled())
        await tx.channelMedia.update({ where: { id: media.id }, data: { transcriptionStatus: 'pending' } });
      await refreshVoicemailText(tx, media.sourceId);
    },
    async failed(tx, media) {
      await refreshVoicemailText(tx, media.sourceId);
    },
    async afterStored(media) {
      if (transcriptionEnabled()) await enqueueTranscription(media.id);
    },
  };
}

/**
 * Transcribes a stored voicemail in Dutch and puts the text on its message (where the agent reads it and the
 * search finds it). A failure is thrown so the job tries again; after MEDIA_FETCH_ATTEMPTS tries the timeline says
 * there is no transcription. The recording stays attached whatever happens here.
 */
export async function processVoicemailTranscription(mediaId: string): Promise<'transcribed' | 'failed' | 'nothing'> {
  const claimed = await db().channelMedia.updateManyAndReturn({
    where: { id: mediaId, transcriptionStatus: 'pending' },
    data: { transcriptionAttempts: { increment: 1 } },
    include: { attachment: true },
  });
  const media = claimed[0];
  if (!media?.attachment) return 'nothing';
  let text: string;
  try {
    text = await transcribe(
      {
        content: await readBlob(media.attachment.storageKey),
        filename: media.attachment.filename,
        contentType: media.attachment.contentType,
      },
      'nl',
    );
  } catch (err) {
    if (media.transcriptionAttempts < config().MEDIA_FETCH_ATTEMPTS) throw err;
    await finishTranscription(media, undefined, (err as Error).message);
    return 'failed';
  }
  await finishTranscription(media, text);
  return 'transcribed';
}

async function finishTranscription(media: ChannelMedia, text: string | undefined, error?: string): Promise<void> {
  const ticket = await db().$transaction(async (tx) => {
    const done = await tx.channelMedia.updateMany({
      where: { id: media.id, transcriptionStatus: 'pending' },
      data: { transcriptionStatus: text === undefined ? 'failed' : 'done' },
    });
    if (done.count === 0) return undefined;
    // an empty text (silence) is a transcription too: the agent listens to the recording
    if (text !== undefined)
      await tx.phoneCall.updateMany({
        where: { recordingSid: media.sourceId },
        data: { transcription: (text || '(stilte)').slice(0, 20_000) },
      });
    await refreshVoicemailText(tx, media.sourceId);
    if (text === undefined)
      await recordEvent(tx, media.ticketId, 'voicemail_transcription_failed', null, {
        messageId: media.messageId,
        error: error?.slice(0, 300) ?? null,
      });
    else await recordEvent(tx, media.ticketId, 'voicemail_transcribed', null, { messageId: media.messageId });
    return tx.ticket.findUnique({ where: { id: media.ticketId } });
  });
  if (ticket) await ticketChanged('updated', ticket).catch(() => undefined);
}

/** Recordings whose transcription job went missing. */
export async function pendingTranscriptions(now: Date): Promise<string[]> {
  const rows = await db().channelMedia.findMany({
    where: {
      kind: 'recording',
      transcriptionStatus: 'pending',
      updatedAt: { lt: new Date(now.getTime() - 60_000), gt: new Date(now.getTime() - 7 * 86_400_000) },
    },
    select: { id: true },
    take: 200,
  });
  return rows.map((r) => r.id);
}

/** Twilio's own transcription (when it sends one) lands on the message the same way. */
export async function applyTwilioTranscription(callSid: string): Promise<'updated' | 'unchanged'> {
  const call = await db().phoneCall.findUnique({ where: { callSid } });
  if (!call?.transcription || !call.recordingSid) return 'unchanged';
  const recordingSid = call.recordingSid;
  return db().$transaction(async (tx) => {
    const message = await tx.message.findUnique({
      where: { channel_externalId: { channel: 'phone', externalId: recordingExternalId(recordingSid) } },
    });
    if (!message) throw new NotYet(`call ${callSid}: the voicemail has no ticket yet`);
    const before = message.bodyText;
    await refreshVoicemailText(tx, recordingSid);
    const after = await tx.message.findUniqueOrThrow({ where: { id: message.id } });
    if (after.bodyText === before) return 'unchanged';
    await recordEvent(tx, message.ticketId, 'voicemail_transcribed', null, { messageId: message.id });
    return 'updated';
  });
}
