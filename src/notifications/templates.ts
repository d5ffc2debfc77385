import type { Language } from '../generated/prisma/enums';
import { config } from '../config';

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(paragraphs: string[], link?: { url: string; label: string }): string {
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

export interface AgentReply {
  name?: string | null;
  reference: string;
  subject: string;
  body: string;
  agentName: string;
  trackingUrl: string;
}

export function agentReply(lang: Language, d: AgentReply): Rendered {
  const town = config().MUNICIPALITY_NAME;
  const greeting = lang === 'en' ? `Dear ${d.name || 'citizen'},` : `Beste ${d.name || 'burger'},`;
  const closing = lang === 'en' ? `Kind regards,\n${d.agentName}\n${town}` : `Met vriendelijke groeten,\n${d.agentName}\n${town}`;
  const label = lang === 'en' ? 'Follow your case' : 'Volg uw dossier';
  const lines = [greeting, d.body, closing];
  return {
    subject: `[${d.reference}] Re: ${d.subject}`,
    text: `${lines.join('\n\n')}\n\n${label}: ${d.trackingUrl}\n`,
    html: layout(lines, { url: d.trackingUrl, label }),
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
