import { z } from 'zod';
import { SmsParams, SmsStatusParams } from '../twilio/params';

const address = z
  .string()
  .regex(/^whatsapp:\+[1-9]\d{6,14}$/i, 'must be a WhatsApp address as Twilio sends it (whatsapp:+32470123456)');

/** A WhatsApp message as Twilio posts it: the SMS fields, with whatsapp: addresses and the sender's profile name. */
export const WhatsAppParams = SmsParams.safeExtend({
  From: address,
  To: z.string().max(64).default(''),
  ProfileName: z.string().max(200).optional(),
  WaId: z.string().max(32).optional(),
});

export const WhatsAppStatusParams = SmsStatusParams;
