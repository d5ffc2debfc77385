import { z } from 'zod';
import { defineConfigPart } from '../../config';
import { AppError } from '../../shared/errors';
import { requireTwilio } from '../twilio/client';

const contentSid = z.string().regex(/^HX[0-9a-f]{32}$/i, 'must be a Content SID (HX followed by 32 hex characters)');

/** WhatsApp's own settings, checked at start with the rest (src/config.ts); documented in .env.example. */
export const whatsappSettings = defineConfigPart(
  {
    /** WhatsApp through Twilio: the sender number (E.164, without the whatsapp: prefix); WhatsApp is off when not set */
    WHATSAPP_FROM: z
      .string()
      .regex(
        /^\+[1-9]\d{6,14}$/,
        'must be your WhatsApp sender number in E.164 form, e.g. +3250123456 (without whatsapp:)',
      )
      .optional(),
    /**
     * The approved WhatsApp templates (Twilio Content SIDs, HX…) per kind of message, as JSON, e.g.
     * {"acknowledgement":"HX…","status_update":"HX…","answer":"HX…"}; used outside the 24-hour customer-service window
     */
    WHATSAPP_TEMPLATES: z
      .string()
      .default('{}')
      .transform((v, ctx) => {
        try {
          return JSON.parse(v || '{}') as unknown;
        } catch {
          ctx.addIssue({
            code: 'custom',
            message: 'must be JSON, e.g. {"acknowledgement":"HX0123…","status_update":"HX…","answer":"HX…"}',
          });
          return z.NEVER;
        }
      })
      .pipe(
        z
          .object({
            acknowledgement: contentSid.optional(),
            status_update: contentSid.optional(),
            answer: contentSid.optional(),
          })
          .strict(),
      ),
  },
  { needsTwilio: ['WHATSAPP_FROM'] },
);

export class WhatsAppNotConfiguredError extends AppError {
  constructor() {
    super(503, 'WhatsApp is not configured here: set WHATSAPP_FROM (with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN).');
  }
}

/** The WhatsApp sender number; WhatsApp is on when it and the Twilio account are set. */
export function requireWhatsAppFrom(): string {
  requireTwilio();
  const from = whatsappSettings.get().WHATSAPP_FROM;
  if (!from) throw new WhatsAppNotConfiguredError();
  return from;
}
