import { z } from 'zod';
import { isTwilioMediaUrl } from './media';

/** Twilio's ids: a two-letter prefix and 32 hex characters. */
export const sid = (prefix: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}[0-9a-fA-F]{32}$`),
      `must be a Twilio id starting with ${prefix} followed by 32 hex characters`,
    );

const number = z.string().max(64).default('');
const seconds = z.coerce.number().int().min(0).optional();

export const CallParams = z.object({
  AccountSid: sid('AC'),
  CallSid: sid('CA'),
  From: number,
  To: number,
  CallStatus: z.string().max(32).default('ringing'),
  Direction: z.string().max(32).optional(),
});

export const GatherParams = CallParams.extend({
  Digits: z.string().max(32).optional(),
  SpeechResult: z.string().max(500).optional(),
});

export const DialResultParams = CallParams.extend({ DialCallStatus: z.string().max(32).default('failed') });

export const QueueWaitParams = CallParams.extend({
  QueuePosition: z.coerce.number().int().min(0).default(1),
  QueueTime: z.coerce.number().int().min(0).default(0),
});

export const QueueResultParams = CallParams.extend({
  QueueResult: z.string().max(32).default('error'),
  QueueTime: seconds,
});

export const RecordedParams = CallParams.extend({ RecordingSid: sid('RE').optional(), RecordingDuration: seconds });

export const RecordingStatusParams = z.object({
  AccountSid: sid('AC'),
  CallSid: sid('CA'),
  RecordingSid: sid('RE'),
  RecordingStatus: z.string().max(32),
  RecordingDuration: seconds,
});

export const TranscriptionParams = z.object({
  AccountSid: sid('AC'),
  CallSid: sid('CA'),
  RecordingSid: sid('RE'),
  TranscriptionStatus: z.string().max(32),
  TranscriptionText: z.string().max(20_000).optional(),
});

export const CallStatusParams = CallParams.extend({ CallDuration: seconds });

export const BridgeParams = CallParams.extend({ DialCallStatus: z.string().max(32).optional() });

const mediaUrl = z
  .string()
  .max(500)
  .refine(
    isTwilioMediaUrl,
    'must be the address of a Twilio media file (https://api.twilio.com/2010-04-01/Accounts/AC…/Messages/MM…/Media/ME…)',
  )
  .optional();

/** MediaUrl0 … MediaUrl9: the photos and documents of an MMS (or chat message), as Twilio names them. */
const MediaUrls = z.object(
  Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`MediaUrl${i}`, mediaUrl])) as Record<
    `MediaUrl${number}`,
    typeof mediaUrl
  >,
);

export const SmsParams = z
  .object({
    AccountSid: sid('AC'),
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message id (SM… or MM…)'),
    From: z.string().min(1).max(64),
    To: z.string().max(64).default(''),
    Body: z.string().max(1600).default(''),
    NumMedia: z.coerce.number().int().min(0).max(10).default(0),
  })
  .extend(MediaUrls.shape)
  .superRefine((p, ctx) => {
    for (let i = 0; i < p.NumMedia; i++) {
      if (!p[`MediaUrl${i}`])
        ctx.addIssue({
          code: 'custom',
          path: [`MediaUrl${i}`],
          message: `NumMedia is ${p.NumMedia}, so MediaUrl${i} must be given`,
        });
    }
  });

export const SmsStatusParams = z.object({
  AccountSid: sid('AC'),
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message id (SM… or MM…)'),
  MessageStatus: z.string().max(32),
  ErrorCode: z.string().max(16).optional(),
});

export const LangQuery = z.object({
  lang: z.enum(['nl', 'en']).default('nl'),
  attempt: z.coerce.number().int().min(1).max(5).default(1),
});

export const BridgeQuery = z.object({
  call: z.uuid('must be the call-back id Voordeur gave'),
  step: z.enum(['answer', 'result']).default('answer'),
});
