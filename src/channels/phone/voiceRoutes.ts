import type { Request, Response } from 'express';
import { defineRoute } from '../../http/route';
import { AppError } from '../../shared/errors';
import { logger } from '../../logger';
import { parseReference } from '../../tickets/reference';
import { verifyTwilioSignature } from '../twilio/signature';
import { PROMPTS, menuChoice, type CallLanguage } from './prompts';
import { phoneLine, routeCall } from './line';
import { addChoice, recordCallStatus, recordIncomingCall, setOutcome, needsCallBack, ticketByReference } from './calls';
import * as twiml from './twiml';
import { VOICE } from './twiml';
import {
  BridgeParams,
  BridgeQuery,
  CallParams,
  CallStatusParams,
  DialResultParams,
  GatherParams,
  LangQuery,
  QueueResultParams,
  QueueWaitParams,
  RecordedParams,
  RecordingStatusParams,
  TranscriptionParams,
} from '../twilio/params';
import { enqueueMissedCall, enqueueTranscription, saveRecording, saveTranscription } from './jobs';
import { receiveVoicemail } from './voicemail';
import { callbackBridge, callbackResult } from './callback';

type Twiml = ReturnType<typeof twiml.newResponse>;

/**
 * A voice webhook always answers with TwiML: if something of ours fails (the database is away), the caller
 * hears an apology instead of Twilio's "application error".
 */
async function answer(req: Request, res: Response, lang: CallLanguage, build: () => Promise<Twiml>): Promise<void> {
  let response: Twiml;
  try {
    response = await build();
  } catch (err) {
    if (err instanceof AppError && err.status < 500) throw err;
    logger.error({ err, path: req.path }, 'voice webhook failed; caller hears the apology');
    response = twiml.sayAndHangUp(lang, PROMPTS[lang].technicalProblem);
  }
  res.status(200).type('text/xml').send(response.toString());
}

/** Callbacks that only report (recording, transcription, status) get an empty TwiML document. */
function empty(res: Response) {
  res.status(200).type('text/xml').send(twiml.newResponse().toString());
}

const common = {
  tag: 'phone',
  access: 'public' as const,
  bodyType: 'form' as const,
  before: [verifyTwilioSignature()],
};

async function offerVoicemail(
  lang: CallLanguage,
  callSid: string,
  reason: 'line_closed' | 'outside_hours' | 'no_target' | 'no_answer',
  departmentId?: string,
) {
  await setOutcome(callSid, 'voicemail_offered', departmentId);
  const p = PROMPTS[lang];
  return twiml.voicemail(
    lang,
    reason === 'line_closed' ? p.closedNow : reason === 'outside_hours' ? p.closedHours : p.noAnswer,
  );
}

async function putThrough(lang: CallLanguage, callSid: string, choice: 'appointments' | 'reports' | 'agent') {
  const routing = await routeCall(choice);
  if (routing.kind === 'closed') return offerVoicemail(lang, callSid, routing.reason, routing.departmentId);
  await setOutcome(callSid, 'routing', routing.departmentId);
  return twiml.connect(lang, routing.target);
}

async function ticketStatusText(lang: CallLanguage, reference: string): Promise<string | undefined> {
  const ticket = await ticketByReference(reference);
  if (!ticket) return undefined;
  return PROMPTS[lang].status(ticket.reference, ticket.status, ticket.department?.name);
}

export const voiceRoutes = [
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.incoming,
    summary:
      "Twilio: a call comes in on the central number. Logs the call on the caller's contact and answers with the Dutch menu (or voicemail while the line is closed).",
    body: CallParams,
    handler: (req, res, { body }) =>
      answer(req, res, 'nl', async () => {
        const call = await recordIncomingCall({
          callSid: body.CallSid,
          from: body.From,
          to: body.To,
          status: body.CallStatus,
        });
        if ((await phoneLine()).closed) return offerVoicemail('nl', call.callSid, 'line_closed');
        return twiml.menu('nl', { welcome: true });
      }),
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.menu,
    summary: 'Twilio: the caller chose in the menu (keys or speech).',
    query: LangQuery,
    body: GatherParams,
    handler: (req, res, { body, query }) =>
      answer(req, res, query.lang, async () => {
        const lang = query.lang;
        const choice = menuChoice(body.Digits, body.SpeechResult);
        if (body.Digits || body.SpeechResult) await addChoice(body.CallSid, body.Digits || `"${body.SpeechResult}"`);
        if (!choice) {
          if (query.attempt < 2)
            return twiml.menu(lang, { attempt: query.attempt + 1, preface: PROMPTS[lang].notUnderstood });
          return putThrough(lang, body.CallSid, 'agent');
        }
        if (choice === 'english') return twiml.menu('en');
        if (choice === 'status') return twiml.askReference(lang, 1);
        return putThrough(lang, body.CallSid, choice);
      }),
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.reference,
    summary:
      "Twilio: the caller keyed in (or said) a case number; its check digit is verified and the case's status read out.",
    query: LangQuery,
    body: GatherParams,
    handler: (req, res, { body, query }) =>
      answer(req, res, query.lang, async () => {
        const lang = query.lang;
        const p = PROMPTS[lang];
        const typed = body.Digits || (body.SpeechResult ?? '').replace(/\D/g, '');
        const reference = parseReference(typed);
        const status = reference ? await ticketStatusText(lang, reference) : undefined;
        if (!reference || !status) {
          const preface = reference ? p.unknownReference : p.badReference;
          if (query.attempt < 3) return twiml.askReference(lang, query.attempt + 1, preface);
          return twiml.menu(lang, { preface });
        }
        await addChoice(body.CallSid, reference);
        await setOutcome(body.CallSid, 'status_told');
        return twiml.menu(lang, { preface: status });
      }),
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.dialResult,
    summary: 'Twilio: the department was rung; an unanswered or busy line offers voicemail.',
    query: LangQuery,
    body: DialResultParams,
    handler: (req, res, { body, query }) =>
      answer(req, res, query.lang, async () => {
        if (body.DialCallStatus === 'completed' || body.DialCallStatus === 'answered') {
          await setOutcome(body.CallSid, 'connected');
          const r = twiml.newResponse();
          r.hangup();
          return r;
        }
        return offerVoicemail(query.lang, body.CallSid, 'no_answer');
      }),
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.queueWait,
    summary:
      'Twilio: what a caller waiting in the queue hears (position, hold music); after the maximum wait, voicemail.',
    query: LangQuery,
    body: QueueWaitParams,
    handler: (req, res, { body, query }) =>
      answer(req, res, query.lang, async () => twiml.queueWait(query.lang, body.QueuePosition, body.QueueTime)),
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.queueResult,
    summary: 'Twilio: the caller left the queue (answered, hung up, or waited too long).',
    query: LangQuery,
    body: QueueResultParams,
    handler: (req, res, { body, query }) =>
      answer(req, res, query.lang, async () => {
        if (body.QueueResult === 'bridged') {
          await setOutcome(body.CallSid, 'connected');
          return twiml.newResponse();
        }
        if (body.QueueResult === 'hangup') {
          await setOutcome(body.CallSid, 'abandoned');
          return twiml.newResponse();
        }
        return offerVoicemail(query.lang, body.CallSid, 'no_answer');
      }),
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.recorded,
    summary: 'Twilio: the caller finished their voicemail.',
    query: LangQuery,
    body: RecordedParams,
    handler: (req, res, { body, query }) =>
      answer(req, res, query.lang, async () => {
        if (body.RecordingSid && (body.RecordingDuration ?? 0) > 0)
          await saveRecording(body.CallSid, body.RecordingSid, body.RecordingDuration ?? 0);
        return twiml.sayAndHangUp(query.lang, PROMPTS[query.lang].voicemailThanks, PROMPTS[query.lang].goodbye);
      }),
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.recording,
    summary:
      "Twilio: a voicemail recording is ready. The ticket is made at once (caller, duration, 'the recording is being fetched'); a worker fetches the recording from Twilio's REST API and attaches it. Once per RecordingSid.",
    body: RecordingStatusParams,
    handler: async (_req, res, { body }) => {
      if (body.RecordingStatus === 'completed' && (body.RecordingDuration ?? 1) > 0) {
        await saveRecording(body.CallSid, body.RecordingSid, body.RecordingDuration ?? 0);
        await receiveVoicemail(body.CallSid);
      }
      empty(res);
    },
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.transcription,
    summary: "Twilio: a voicemail's transcription is ready; a worker adds it to the ticket.",
    body: TranscriptionParams,
    handler: async (_req, res, { body }) => {
      if (body.TranscriptionStatus === 'completed' && body.TranscriptionText?.trim()) {
        await saveTranscription(body.CallSid, body.TranscriptionText.trim());
        await enqueueTranscription(body.CallSid);
      }
      empty(res);
    },
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.status,
    summary:
      "Twilio: a call's status changed (set as the number's status callback). A call that ended without help becomes a call-back task.",
    body: CallStatusParams,
    handler: async (_req, res, { body }) => {
      // the first webhook may have failed: the call is logged all the same (a known call is found, not made again)
      if ((body.Direction ?? 'inbound') === 'inbound')
        await recordIncomingCall({ callSid: body.CallSid, from: body.From, to: body.To, status: body.CallStatus });
      const ended = await recordCallStatus(body.CallSid, body.CallStatus, body.CallDuration);
      if (ended && needsCallBack(ended)) await enqueueMissedCall(ended.callSid, ended.outcome === 'voicemail_offered');
      empty(res);
    },
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: VOICE.bridge,
    summary:
      'Twilio: the agent answered a call-back (the citizen is rung next), or the citizen leg ended (step=result).',
    query: BridgeQuery,
    body: BridgeParams,
    handler: (req, res, { body, query }) =>
      answer(req, res, 'nl', () =>
        query.step === 'result'
          ? callbackResult(query.call, body.DialCallStatus ?? 'failed')
          : callbackBridge(query.call),
      ),
  }),
];
