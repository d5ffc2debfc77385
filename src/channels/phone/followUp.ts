import { DateTime } from 'luxon';
import { db } from '../../db';
import { intake } from '../../intake/intake';
import { blobStore } from '../../attachments/storage';
import { recordEvent } from '../../tickets/events';
import type { PhoneCall } from '../../generated/prisma/client';
import { callerNumber, needsCallBack } from './calls';
import { phoneLine } from './line';
import { requireTwilio } from '../twilio/client';

export class NotYet extends Error {}

const MAX_RECORDING_BYTES = 25 * 1024 * 1024;

/** Twilio keeps the recording; we fetch it by its id from the account's API (never from a URL a request named). */
async function fetchRecording(recordingSid: string): Promise<Buffer> {
  const t = requireTwilio();
  const url = `${t.apiUrl}/2010-04-01/Accounts/${t.accountSid}/Recordings/${recordingSid}.mp3`;
  const res = await fetch(url, {
    headers: { Authorization: `Basic ${Buffer.from(`${t.accountSid}:${t.authToken}`).toString('base64')}` },
    signal: AbortSignal.timeout(30_000),
  });
  // Twilio answers 404 for a few seconds after the callback while the file is written: the job retries
  if (!res.ok) throw new Error(`recording ${recordingSid}: Twilio answered ${res.status}`);
  const audio = Buffer.from(await res.arrayBuffer());
  if (audio.length === 0 || audio.length > MAX_RECORDING_BYTES) throw new Error(`recording ${recordingSid}: unexpected size ${audio.length}`);
  return audio;
}

const brussels = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Brussels' }).setLocale('nl-BE');

function voicemailText(call: PhoneCall): string {
  const when = brussels(call.startedAt).toFormat("cccc d LLLL yyyy 'om' HH:mm");
  const head = `Voicemail van ${callerNumber(call.fromNumber) ?? 'een afgeschermd nummer'}, ${when}, ${call.recordingSeconds ?? '?'} seconden.`;
  return call.transcription ? `${head}\n\nTranscriptie:\n${call.transcription}` : `${head}\n\n(Nog geen transcriptie: beluister de opname.)`;
}

function choicesText(call: PhoneCall): string {
  const choices = (call.choices as string[]) ?? [];
  return choices.length ? `Keuzes in het menu: ${choices.join(', ')}.` : 'De beller koos niets in het menu.';
}

async function fallbackDepartment(call: PhoneCall): Promise<string | undefined> {
  return call.departmentId ?? (await phoneLine()).agentsDepartmentId ?? undefined;
}

/** The voicemail becomes a ticket with the recording attached (or joins the call-back task this call already made). */
export async function processVoicemail(callSid: string): Promise<'created' | 'joined' | 'duplicate' | 'nothing'> {
  const call = await db().phoneCall.findUnique({ where: { callSid } });
  if (!call?.recordingSid) return 'nothing';
  const externalId = `recording:${call.recordingSid}`;
  if (await db().message.findUnique({ where: { channel_externalId: { channel: 'phone', externalId } } })) return 'duplicate';
  const audio = await fetchRecording(call.recordingSid);
  const stored = await blobStore().put(audio);
  const number = callerNumber(call.fromNumber);
  const when = brussels(call.startedAt).toFormat('yyyyLLdd-HHmm');
  const result = await intake({
    channel: 'phone',
    externalId,
    contact: number ? { phone: number } : {},
    subject: `Voicemail van ${number ?? 'een afgeschermd nummer'}`,
    body: voicemailText(call),
    ticketId: call.ticketId ?? undefined,
    defaultDepartmentId: await fallbackDepartment(call),
    tags: ['voicemail'],
    meta: { callSid: call.callSid, recordingSid: call.recordingSid, seconds: call.recordingSeconds ?? 0 },
    attachments: [{ filename: `voicemail-${when}.mp3`, contentType: 'audio/mpeg', size: audio.length, sha256: stored.sha256, storageKey: stored.key }],
  });
  await db().phoneCall.update({ where: { callSid }, data: { ticketId: result.ticket.id, outcome: 'voicemail' } });
  return result.outcome;
}

/** Adds the transcription to the voicemail's message; until the voicemail's ticket exists, the job tries again later. */
export async function processTranscription(callSid: string): Promise<'updated' | 'unchanged'> {
  const call = await db().phoneCall.findUnique({ where: { callSid } });
  if (!call?.transcription || !call.recordingSid) return 'unchanged';
  const message = await db().message.findUnique({ where: { channel_externalId: { channel: 'phone', externalId: `recording:${call.recordingSid}` } } });
  if (!message) throw new NotYet(`call ${callSid}: the voicemail has no ticket yet`);
  const text = voicemailText(call);
  if (message.bodyText === text) return 'unchanged';
  await db().$transaction(async (tx) => {
    await tx.message.update({ where: { id: message.id }, data: { bodyText: text, displayText: call.transcription } });
    await recordEvent(tx, message.ticketId, 'voicemail_transcribed', null, { messageId: message.id });
  });
  return 'updated';
}

/** A caller nobody helped gets a call-back task: on their open call-back ticket if they have one, else a new ticket. */
export async function processMissedCall(callSid: string): Promise<'created' | 'joined' | 'duplicate' | 'nothing'> {
  const call = await db().phoneCall.findUnique({ where: { callSid } });
  if (!call || call.ticketId || call.recordingSid || !needsCallBack(call)) return 'nothing';
  const number = callerNumber(call.fromNumber)!;
  const open = call.contactId
    ? await db().ticket.findFirst({
        where: { contactId: call.contactId, status: { in: ['new', 'open'] }, tags: { has: 'terugbellen' }, mergedIntoId: null },
        orderBy: { createdAt: 'desc' },
      })
    : null;
  const when = brussels(call.startedAt).toFormat("cccc d LLLL 'om' HH:mm");
  const waited = call.durationSeconds != null ? ` De oproep duurde ${call.durationSeconds} seconden.` : '';
  const result = await intake({
    channel: 'phone',
    externalId: `call:${call.callSid}`,
    contact: { phone: number },
    subject: `Terugbellen: gemiste oproep van ${number}`,
    body: `Gemiste oproep van ${number} op ${when}: niemand kon de beller helpen en er werd geen voicemail ingesproken.${waited} ${choicesText(call)}\nBel de burger terug.`,
    ticketId: open?.id,
    defaultDepartmentId: await fallbackDepartment(call),
    tags: ['terugbellen'],
    meta: { callSid: call.callSid, outcome: call.outcome ?? 'hung_up' },
    acknowledge: false,
  });
  await db().phoneCall.update({ where: { callSid }, data: { ticketId: result.ticket.id, outcome: call.outcome === 'abandoned' ? 'abandoned' : 'missed' } });
  return result.outcome;
}
