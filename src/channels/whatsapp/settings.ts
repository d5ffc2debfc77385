import { config } from '../../config';
import { AppError } from '../../shared/errors';
import { requireTwilio } from '../twilio/client';

export class WhatsAppNotConfiguredError extends AppError {
  constructor() {
    super(503, 'WhatsApp is not configured here: set WHATSAPP_FROM (with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN).');
  }
}

/** The WhatsApp sender number; WhatsApp is on when it and the Twilio account are set. */
export function requireWhatsAppFrom(): string {
  requireTwilio();
  const from = config().WHATSAPP_FROM;
  if (!from) throw new WhatsAppNotConfiguredError();
  return from;
}
