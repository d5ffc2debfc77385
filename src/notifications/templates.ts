import type { Language } from '../generated/prisma/enums';
import { config } from '../config';

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function layout(paragraphs: string[], link?: { url: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const button = link ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` : '';
  return `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">${body}${button}</body></html>`;
}

export interface TicketReceived {
  name?: string | null;
  reference: string;
  subject: string;
  trackingUrl: string;
}

export function ticketReceived(lang: Language, d: TicketReceived): Rendered {
  const town = config().MUNICIPALITY_NAME;
  const t =
    lang === 'en'
      ? {
          subject: `[${d.reference}] We received your message: ${d.subject}`,
          lines: [
            `Dear ${d.name || 'citizen'},`,
            `Thank you for contacting ${town}. We received your message "${d.subject}" and registered it under reference ${d.reference}.`,
            'Keep this reference: quote it when you call or write to us. You can follow your case at any time with the link below; we also let you know when something changes.',
            `Kind regards,\n${town}`,
          ],
          label: 'Follow your case',
        }
      : {
          subject: `[${d.reference}] We hebben uw bericht ontvangen: ${d.subject}`,
          lines: [
            `Beste ${d.name || 'burger'},`,
            `Bedankt om ${town} te contacteren. We hebben uw bericht "${d.subject}" goed ontvangen en geregistreerd onder referentie ${d.reference}.`,
            'Bewaar deze referentie en vermeld ze als u ons belt of schrijft. Via de link hieronder volgt u uw dossier op; we laten het u ook weten zodra er iets verandert.',
            `Met vriendelijke groeten,\n${town}`,
          ],
          label: 'Volg uw dossier',
        };
  return {
    subject: t.subject,
    text: `${t.lines.join('\n\n')}\n\n${t.label}: ${d.trackingUrl}\n`,
    html: layout(t.lines, { url: d.trackingUrl, label: t.label }),
  };
}

/** The words that open and close an answer, in the ticket's language; they go into the compose box, never around it. */
export function replyGreeting(lang: Language, name?: string | null): string {
  return lang === 'en' ? `Dear ${name || 'citizen'},` : `Beste ${name || 'burger'},`;
}

export function replyClosing(lang: Language): string {
  return lang === 'en' ? 'Kind regards,' : 'Met vriendelijke groeten,';
}

export interface AgentReply {
  reference: string;
  subject: string;
  /** the agent's text exactly as written: greeting and signature included, nothing is added around it */
  body: string;
  trackingUrl: string;
}

/** An agent's answer: their text as written, then only the fixed parts (tracking link, reference). */
export function agentReply(lang: Language, d: AgentReply): Rendered {
  const label = lang === 'en' ? 'Follow your case' : 'Volg uw dossier';
  const footer =
    lang === 'en'
      ? `Reference ${d.reference}: keep it in the subject when you reply.`
      : `Referentie ${d.reference}: laat ze in het onderwerp staan als u antwoordt.`;
  const paragraphs = d.body.split(/\n{2,}/);
  return {
    subject: `[${d.reference}] Re: ${d.subject}`,
    text: `${d.body}\n\n${label}: ${d.trackingUrl}\n\n${footer}\n`,
    html: layout(paragraphs, { url: d.trackingUrl, label }).replace(
      '</body>',
      `<p style="font-size:12px;color:#555">${escapeHtml(footer)}</p></body>`,
    ),
  };
}

export function messageTooLarge(lang: Language, d: { subject: string; maxMb: number; sizeMb: number }): Rendered {
  const town = config().MUNICIPALITY_NAME;
  const t =
    lang === 'en'
      ? {
          subject: `Your message was too large: ${d.subject}`,
          lines: [
            `We could not process your message "${d.subject}": it is ${d.sizeMb} MB and we accept at most ${d.maxMb} MB.`,
            'Please send it again with smaller or fewer attachments, or use the contact form on our website. Your message has been kept and a colleague will look at it.',
            `Kind regards,\n${town}`,
          ],
        }
      : {
          subject: `Uw bericht was te groot: ${d.subject}`,
          lines: [
            `We konden uw bericht "${d.subject}" niet verwerken: het is ${d.sizeMb} MB groot en we aanvaarden maximaal ${d.maxMb} MB.`,
            'Stuur het opnieuw met kleinere of minder bijlagen, of gebruik het contactformulier op onze website. Uw bericht is bewaard en een collega bekijkt het.',
            `Met vriendelijke groeten,\n${town}`,
          ],
        };
  return { subject: t.subject, text: `${t.lines.join('\n\n')}\n`, html: layout(t.lines) };
}

/** The acknowledgement for a reported problem (a routing rule chooses it): says who will fix it, not who will answer. */
export function reportReceived(lang: Language, d: TicketReceived): Rendered {
  const town = config().MUNICIPALITY_NAME;
  const t =
    lang === 'en'
      ? {
          subject: `[${d.reference}] Thank you for your report: ${d.subject}`,
          lines: [
            `Dear ${d.name || 'citizen'},`,
            `Thank you for reporting "${d.subject}". We registered it under reference ${d.reference} and passed it to the team that will take care of it.`,
            'You can follow the report with the link below; we let you know when it has been dealt with.',
            `Kind regards,\n${town}`,
          ],
          label: 'Follow your report',
        }
      : {
          subject: `[${d.reference}] Bedankt voor uw melding: ${d.subject}`,
          lines: [
            `Beste ${d.name || 'burger'},`,
            `Bedankt voor uw melding "${d.subject}". We hebben ze geregistreerd onder referentie ${d.reference} en doorgegeven aan de ploeg die ze zal oplossen.`,
            'Via de link hieronder volgt u uw melding op; we laten het u weten zodra ze afgehandeld is.',
            `Met vriendelijke groeten,\n${town}`,
          ],
          label: 'Volg uw melding',
        };
  return {
    subject: t.subject,
    text: `${t.lines.join('\n\n')}\n\n${t.label}: ${d.trackingUrl}\n`,
    html: layout(t.lines, { url: d.trackingUrl, label: t.label }),
  };
}

export interface SlaAlert {
  reference: string;
  subject: string;
  kind: 'first_response' | 'resolution';
  dueAt: Date;
  consoleUrl: string;
  priorityFrom?: string;
  priorityTo?: string;
}

const brusselsTime = (d: Date) =>
  new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(d);

/** To the department (staff mail is in Dutch): a deadline is near. */
export function slaWarning(d: SlaAlert): Rendered {
  const what = d.kind === 'first_response' ? 'eerste antwoord' : 'oplossing';
  const lines = [
    `De deadline voor het ${what} van ticket ${d.reference} ("${d.subject}") nadert: ${brusselsTime(d.dueAt)}.`,
    'Neem het ticket op of geef het door.',
  ];
  return {
    subject: `[${d.reference}] Deadline ${what} nadert`,
    text: `${lines.join('\n\n')}\n\n${d.consoleUrl}\n`,
    html: layout(lines, { url: d.consoleUrl, label: 'Open het ticket' }),
  };
}

/** To the department and its lead: a deadline passed and the ticket was escalated. */
export function slaBreach(d: SlaAlert): Rendered {
  const what = d.kind === 'first_response' ? 'eerste antwoord' : 'oplossing';
  const lines = [
    `De deadline voor het ${what} van ticket ${d.reference} ("${d.subject}") is overschreden (${brusselsTime(d.dueAt)}).`,
    `De prioriteit ging van ${d.priorityFrom} naar ${d.priorityTo}.`,
  ];
  return {
    subject: `[${d.reference}] Deadline ${what} overschreden`,
    text: `${lines.join('\n\n')}\n\n${d.consoleUrl}\n`,
    html: layout(lines, { url: d.consoleUrl, label: 'Open het ticket' }),
  };
}

/** To the owner of an account that was just locked after many failed logins. */
export function accountLocked(lang: Language, d: { name: string; until: Date; attempts: number }): Rendered {
  const at = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(d.until);
  const lines =
    lang === 'en'
      ? [
          `Dear ${d.name},`,
          `Someone tried to log in to your Voordeur account ${d.attempts} times with a wrong password, so the account is locked until ${at}.`,
          'If this was not you, tell your administrator and change your password once the lock has passed.',
        ]
      : [
          `Beste ${d.name},`,
          `Iemand probeerde ${d.attempts} keer aan te melden op uw Voordeur-account met een verkeerd wachtwoord. Daarom is het account vergrendeld tot ${at}.`,
          'Was u dit niet? Verwittig dan uw beheerder en wijzig uw wachtwoord zodra de vergrendeling voorbij is.',
        ];
  return {
    subject: lang === 'en' ? 'Your Voordeur account was locked' : 'Uw Voordeur-account werd vergrendeld',
    text: `${lines.join('\n\n')}\n`,
    html: layout(lines),
  };
}
