import type { Language } from '../../generated/prisma/enums';
import { config } from '../../config';
import type { Rendered } from '../../notifications/templates';

/** Text messages have no subject and no HTML; the town's name opens each so the citizen knows who writes. */
export function smsContent(text: string): Rendered {
  return { subject: '', text, html: '' };
}

const stopHint = (lang: Language) => (lang === 'en' ? 'Reply STOP to receive no more texts.' : 'Antwoord STOP om geen sms meer te ontvangen.');

export function smsTicketReceived(lang: Language, d: { reference: string; trackingUrl: string }): Rendered {
  const town = config().MUNICIPALITY_NAME;
  return smsContent(
    lang === 'en'
      ? `${town}: we received your message, reference ${d.reference}. Follow your case: ${d.trackingUrl} ${stopHint(lang)}`
      : `${town}: we ontvingen uw bericht, referentie ${d.reference}. Volg uw dossier: ${d.trackingUrl} ${stopHint(lang)}`,
  );
}

/** The agent's text as written (their greeting and name are in it), with who writes and the tracking link around it. */
export function smsAgentReply(lang: Language, d: { reference: string; body: string; trackingUrl: string }): Rendered {
  const town = config().MUNICIPALITY_NAME;
  const follow = lang === 'en' ? 'Your case' : 'Uw dossier';
  return smsContent(`${town} (${d.reference}): ${d.body}\n${follow}: ${d.trackingUrl}`);
}

export function smsKeywordReply(lang: Language, keyword: 'stop' | 'start' | 'help'): string {
  const c = config();
  const town = c.MUNICIPALITY_NAME;
  const phone = c.TWILIO_PHONE_NUMBER ? (lang === 'en' ? ` or call ${c.TWILIO_PHONE_NUMBER}` : ` of bel ${c.TWILIO_PHONE_NUMBER}`) : '';
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
