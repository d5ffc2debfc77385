import type { Language } from '../../generated/prisma/enums';
import { config } from '../../config';

/** The channel's own answers to STOP, START and HELP (the messages about cases are in notifications/smsTemplates.ts). */
export function smsKeywordReply(lang: Language, keyword: 'stop' | 'start' | 'help'): string {
  const c = config();
  const town = c.MUNICIPALITY_NAME;
  const phone = c.TWILIO_PHONE_NUMBER
    ? lang === 'en'
      ? ` or call ${c.TWILIO_PHONE_NUMBER}`
      : ` of bel ${c.TWILIO_PHONE_NUMBER}`
    : '';
  const texts = {
    nl: {
      stop: `${town}: u ontvangt geen sms meer van ons. Stuur START om ze opnieuw te ontvangen.`,
      start: `${town}: u ontvangt opnieuw sms-berichten over uw dossiers. Stuur STOP om dat te stoppen.`,
      help: `${town}: stuur uw vraag gewoon per sms${phone}. Stuur STOP om geen sms meer te ontvangen, START om ze weer te krijgen.`,
    },
    en: {
      stop: `${town}: you will receive no more texts from us. Send START to receive them again.`,
      start: `${town}: you will receive texts about your cases again. Send STOP to stop them.`,
      help: `${town}: just text us your question${phone}. Send STOP to receive no more texts, START to get them again.`,
    },
  };
  return texts[lang][keyword];
}
