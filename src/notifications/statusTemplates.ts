import type { Language, TicketStatus } from '../generated/prisma/enums';
import { db } from '../db';
import { config } from '../config';
import { layout, type Rendered } from './templates';
import { fillPlaceholders } from './placeholders';

/** The status changes a citizen is told about; closing a resolved case or a citizen's own reply is no news to them. */
export const STATUS_TEMPLATE_KEYS = [
  'status_open',
  'status_pending_citizen',
  'status_resolved',
  'status_reopened',
] as const;
export type StatusTemplateKey = (typeof STATUS_TEMPLATE_KEYS)[number];

export function statusTemplateFor(from: TicketStatus, to: TicketStatus): StatusTemplateKey | undefined {
  if (to === 'open' && from === 'new') return 'status_open';
  if (to === 'open' && (from === 'resolved' || from === 'closed')) return 'status_reopened';
  if (to === 'pending_citizen') return 'status_pending_citizen';
  if (to === 'resolved') return 'status_resolved';
  return undefined;
}

/** What an administrator may use in a template; anything else in {{…}} is refused when saving. */
export const TEMPLATE_VARIABLES = ['name', 'reference', 'subject', 'status', 'department', 'town'] as const;
export type TemplateVariables = Record<(typeof TEMPLATE_VARIABLES)[number], string>;

export interface TemplateText {
  subject: string;
  body: string;
}

export const DEFAULT_TEMPLATES: Record<StatusTemplateKey, Record<Language, TemplateText>> = {
  status_open: {
    nl: {
      subject: '[{{reference}}] Uw dossier is in behandeling',
      body: 'Beste {{name}},\n\nUw vraag "{{subject}}" wordt nu behandeld door de dienst {{department}}. We laten u weten wanneer er nieuws is.\n\nMet vriendelijke groeten,\n{{town}}',
    },
    en: {
      subject: '[{{reference}}] Your case is being handled',
      body: 'Dear {{name}},\n\nYour question "{{subject}}" is now being handled by the department {{department}}. We will let you know when there is news.\n\nKind regards,\n{{town}}',
    },
  },
  status_pending_citizen: {
    nl: {
      subject: '[{{reference}}] We hebben meer informatie van u nodig',
      body: 'Beste {{name}},\n\nOm verder te kunnen met "{{subject}}" hebben we meer informatie van u nodig. Antwoord op ons vorige bericht of vul uw dossier aan via de link hieronder.\n\nMet vriendelijke groeten,\n{{town}}',
    },
    en: {
      subject: '[{{reference}}] We need more information from you',
      body: 'Dear {{name}},\n\nTo go on with "{{subject}}" we need more information from you. Answer our previous message or add to your case with the link below.\n\nKind regards,\n{{town}}',
    },
  },
  status_resolved: {
    nl: {
      subject: '[{{reference}}] Uw dossier is afgehandeld',
      body: 'Beste {{name}},\n\n"{{subject}}" is afgehandeld door de dienst {{department}}. Is het toch niet in orde? Antwoord op dit bericht of reageer via de link hieronder, dan bekijken we het opnieuw.\n\nMet vriendelijke groeten,\n{{town}}',
    },
    en: {
      subject: '[{{reference}}] Your case has been resolved',
      body: 'Dear {{name}},\n\n"{{subject}}" has been dealt with by the department {{department}}. Not sorted after all? Reply to this message or respond with the link below and we will look at it again.\n\nKind regards,\n{{town}}',
    },
  },
  status_reopened: {
    nl: {
      subject: '[{{reference}}] Uw dossier werd heropend',
      body: 'Beste {{name}},\n\nWe hebben uw dossier "{{subject}}" opnieuw geopend; de dienst {{department}} werkt er verder aan.\n\nMet vriendelijke groeten,\n{{town}}',
    },
    en: {
      subject: '[{{reference}}] Your case was reopened',
      body: 'Dear {{name}},\n\nWe have reopened your case "{{subject}}"; the department {{department}} is working on it again.\n\nKind regards,\n{{town}}',
    },
  },
};

export async function templateText(
  key: StatusTemplateKey,
  language: Language,
): Promise<TemplateText & { custom: boolean }> {
  const row = await db().notificationTemplate.findUnique({ where: { key_language: { key, language } } });
  return row
    ? { subject: row.subject, body: row.body, custom: true }
    : { ...DEFAULT_TEMPLATES[key][language], custom: false };
}

export interface StatusMessageLinks {
  trackingUrl: string;
  unsubscribeUrl: string;
}

/** The email: the administrator's words, then the tracking link and a way to stop status updates. */
export function renderStatusEmail(
  language: Language,
  text: TemplateText,
  vars: TemplateVariables,
  links: StatusMessageLinks,
): Rendered {
  const paragraphs = fillPlaceholders(text.body, vars).split(/\n{2,}/);
  const follow = language === 'en' ? 'Follow your case' : 'Volg uw dossier';
  const stop =
    language === 'en' ? 'No more status updates? Unsubscribe here' : 'Geen statusberichten meer? Meld u hier af';
  return {
    subject: fillPlaceholders(text.subject, vars).replace(/[\r\n]+/g, ' '),
    text: `${paragraphs.join('\n\n')}\n\n${follow}: ${links.trackingUrl}\n\n${stop}: ${links.unsubscribeUrl}\n`,
    html: layout([...paragraphs], { url: links.trackingUrl, label: follow }).replace(
      '</body>',
      `<p style="font-size:12px;color:#555"><a href="${escapeAttr(links.unsubscribeUrl)}">${stop}</a></p></body>`,
    ),
  };
}

/** The text message: the subject line says it all, with the link. */
export function renderStatusSms(
  language: Language,
  text: TemplateText,
  vars: TemplateVariables,
  links: StatusMessageLinks,
): Rendered {
  const line = fillPlaceholders(text.subject, vars)
    .replace(/^\[[^\]]*\]\s*/, '')
    .replace(/[\r\n]+/g, ' ');
  const follow = language === 'en' ? 'Follow' : 'Volg';
  return {
    subject: '',
    html: '',
    text: `${config().MUNICIPALITY_NAME} (${vars.reference}): ${line}. ${follow}: ${links.trackingUrl}`,
  };
}

const escapeAttr = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const SAMPLE_VARIABLES: Record<Language, TemplateVariables> = {
  nl: {
    name: 'Marie Janssens',
    reference: 'VD-4821-9377',
    subject: 'Straatlamp brandt niet',
    status: 'Opgelost',
    department: 'Openbare Werken',
    town: 'Gemeente Voordeur',
  },
  en: {
    name: 'Marie Janssens',
    reference: 'VD-4821-9377',
    subject: 'Street light out',
    status: 'Resolved',
    department: 'Public Works',
    town: 'Gemeente Voordeur',
  },
};
