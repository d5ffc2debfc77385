import type { Language } from '../generated/prisma/enums';
import { config } from '../config';
import type { Rendered } from './templates';

/** Text messages have no subject and no HTML; the town's name opens each so the citizen knows who writes. */
export function smsContent(text: string): Rendered {
  return { subject: '', text, html: '' };
}

const stopHint = (lang: Language) =>
  lang === 'en' ? 'Reply STOP to receive no more texts.' : 'Antwoord STOP om geen sms meer te ontvangen.';

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
