import { normalizePhone } from '../../shared/identities';

/** Twilio names a WhatsApp party `whatsapp:+32470…`; Voordeur keeps the number in E.164, like a phone number. */
export function whatsappNumber(address: string): string | undefined {
  const m = /^whatsapp:(\+[1-9]\d{6,14})$/i.exec(address.trim());
  return m ? normalizePhone(m[1]) : undefined;
}

export const whatsappAddress = (number: string) => `whatsapp:${number}`;
