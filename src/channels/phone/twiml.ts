import twilio from 'twilio';
import { config } from '../../config';
import { PROMPTS, type CallLanguage } from './prompts';
import type { PhoneTarget } from './line';
import { webhookUrl } from '../twilio/client';
import { transcriptionEnabled } from '../../transcription/whisper';

type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;
type SayAttributes = Exclude<Parameters<VoiceResponse['say']>[0], string>;

/** Every path Twilio is sent to; one table so the menu, tests and README agree. */
export const VOICE = {
  incoming: '/webhooks/twilio/voice',
  menu: '/webhooks/twilio/voice/menu',
  reference: '/webhooks/twilio/voice/reference',
  dialResult: '/webhooks/twilio/voice/dial-result',
  queueWait: '/webhooks/twilio/voice/queue-wait',
  queueResult: '/webhooks/twilio/voice/queue-result',
  recorded: '/webhooks/twilio/voice/recorded',
  recording: '/webhooks/twilio/voice/recording',
  transcription: '/webhooks/twilio/voice/transcription',
  status: '/webhooks/twilio/voice/status',
  bridge: '/webhooks/twilio/voice/bridge',
} as const;

export function newResponse(): VoiceResponse {
  return new twilio.twiml.VoiceResponse();
}

export function say(r: VoiceResponse | ReturnType<VoiceResponse['gather']>, lang: CallLanguage, text: string): void {
  const c = config();
  // the library lists known voices; a configured newer one is passed through as written
  const voice = (lang === 'nl' ? c.TWILIO_VOICE : c.TWILIO_VOICE_EN) as SayAttributes['voice'];
  r.say({ voice, language: lang === 'nl' ? 'nl-BE' : 'en-GB' }, text);
}

/** The main menu: keys or speech, asked at most twice before the caller is put through to an agent. */
export function menu(
  lang: CallLanguage,
  opts: { welcome?: boolean; attempt?: number; preface?: string } = {},
): VoiceResponse {
  const r = newResponse();
  const p = PROMPTS[lang];
  const attempt = opts.attempt ?? 1;
  const gather = r.gather({
    input: ['dtmf', 'speech'],
    numDigits: 1,
    timeout: 6,
    speechTimeout: 'auto',
    language: lang === 'nl' ? 'nl-BE' : 'en-GB',
    hints:
      lang === 'nl'
        ? 'afspraak, melding, probleem, dossier, status, medewerker'
        : 'appointment, report, problem, status, case, agent',
    action: webhookUrl(VOICE.menu, { lang, attempt: String(attempt) }),
    actionOnEmptyResult: true,
  });
  if (opts.preface) say(gather, lang, opts.preface);
  if (opts.welcome) say(gather, lang, p.welcome(config().MUNICIPALITY_NAME));
  say(gather, lang, p.menu);
  return r;
}

export function askReference(lang: CallLanguage, attempt: number, preface?: string): VoiceResponse {
  const r = newResponse();
  const gather = r.gather({
    input: ['dtmf', 'speech'],
    finishOnKey: '#',
    numDigits: 8,
    timeout: 10,
    language: lang === 'nl' ? 'nl-BE' : 'en-GB',
    action: webhookUrl(VOICE.reference, { lang, attempt: String(attempt) }),
    actionOnEmptyResult: true,
  });
  if (preface) say(gather, lang, preface);
  say(gather, lang, PROMPTS[lang].askReference);
  return r;
}

export function sayAndHangUp(lang: CallLanguage, ...lines: string[]): VoiceResponse {
  const r = newResponse();
  for (const line of lines) say(r, lang, line);
  r.hangup();
  return r;
}

/** Puts the caller through; an unanswered or busy line comes back to dial-result, which offers voicemail. */
export function connect(lang: CallLanguage, target: PhoneTarget): VoiceResponse {
  const r = newResponse();
  say(r, lang, PROMPTS[lang].connecting);
  if (target.kind === 'queue') {
    r.enqueue(
      { waitUrl: webhookUrl(VOICE.queueWait, { lang }), action: webhookUrl(VOICE.queueResult, { lang }) },
      target.value,
    );
    return r;
  }
  const dial = r.dial({
    timeout: config().TWILIO_DIAL_TIMEOUT_SECONDS,
    action: webhookUrl(VOICE.dialResult, { lang }),
    answerOnBridge: true,
  });
  if (target.kind === 'number') dial.number(target.value);
  else if (target.kind === 'sip') dial.sip(target.value);
  else dial.client(target.value);
  return r;
}

/** Played to a caller waiting in a Twilio queue, again and again: position, music, and voicemail after too long. */
export function queueWait(lang: CallLanguage, position: number, waitedSeconds: number): VoiceResponse {
  const r = newResponse();
  if (waitedSeconds >= config().TWILIO_QUEUE_MAX_WAIT_SECONDS) {
    r.leave();
    return r;
  }
  say(r, lang, PROMPTS[lang].queuePosition(position));
  r.play(config().TWILIO_HOLD_MUSIC_URL);
  return r;
}

export function voicemail(lang: CallLanguage, ...preface: string[]): VoiceResponse {
  const r = newResponse();
  for (const line of preface) say(r, lang, line);
  say(r, lang, PROMPTS[lang].voicemail);
  r.record({
    maxLength: config().VOICEMAIL_MAX_SECONDS,
    playBeep: true,
    finishOnKey: '0123456789*#',
    timeout: 8,
    trim: 'trim-silence',
    action: webhookUrl(VOICE.recorded, { lang }),
    recordingStatusCallback: webhookUrl(VOICE.recording),
    recordingStatusCallbackEvent: ['completed'],
    // Twilio's own transcription knows no Dutch: with a Dutch speech-to-text server configured, that one is used
    transcribe: !transcriptionEnabled(),
    transcribeCallback: webhookUrl(VOICE.transcription),
  });
  // reached when the caller stayed silent: Twilio then goes on with the next verb
  say(r, lang, PROMPTS[lang].goodbye);
  r.hangup();
  return r;
}

/** Said to the agent who answered a call-back, then the citizen is rung with the central number as caller id. */
export function bridge(
  lang: CallLanguage,
  reference: string | undefined,
  citizen: string,
  callId: string,
): VoiceResponse {
  const r = newResponse();
  if (reference) say(r, lang, PROMPTS[lang].callbackIntro(reference));
  const dial = r.dial({
    callerId: config().TWILIO_PHONE_NUMBER,
    timeout: 30,
    action: webhookUrl(VOICE.bridge, { call: callId, step: 'result' }),
  });
  dial.number(citizen);
  return r;
}
