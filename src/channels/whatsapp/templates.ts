import type { Language, TicketStatus } from '../../generated/prisma/enums';
import type { Notification } from '../../generated/prisma/client';
import { config } from '../../config';
import { whatsappSettings } from './settings';
import { PUBLIC_STATUS } from '../../reports/publicReports';
import type { SmsKeyword } from '../twilio/keywords';

/** The kinds of message that have an approved template (WHATSAPP_TEMPLATES), for outside the 24-hour window. */
export type TemplateKind = 'acknowledgement' | 'status_update' | 'answer';

/** Which kind a notification is, by the template it was written with (see intake, statusUpdates, conversation). */
export function templateKindOf(template: string): TemplateKind | undefined {
  if (template.startsWith('ticket_received') || template.startsWith('report_received')) return 'acknowledgement';
  if (template.startsWith('status_')) return 'status_update';
  if (template.startsWith('agent_reply')) return 'answer';
  return undefined;
}

export function contentSidFor(kind: TemplateKind | undefined): string | undefined {
  return kind ? whatsappSettings.get().WHATSAPP_TEMPLATES[kind] : undefined;
}

/**
 * The template's variables, the same for every kind so one set of approved texts serves: {{1}} the case reference,
 * {{2}} the tracking link (where the citizen reads the answer itself), {{3}} the case's status in their language.
 * Example approved text (nl): "Gemeente Testdorp: er is nieuws over uw dossier {{1}} ({{3}}). Lees het op {{2}} of
 * antwoord op dit bericht."
 */
export function contentVariables(
  n: Notification,
  ticket: { reference: string; status: TicketStatus } | null,
): Record<string, string> {
  const tracking =
    new RegExp(`${config().PUBLIC_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/volg/\\S+`).exec(n.bodyText)?.[0] ??
    config().PUBLIC_URL;
  const announced = (n.headers as { announces?: TicketStatus } | null)?.announces;
  const status = announced ?? ticket?.status ?? 'new';
  return { '1': ticket?.reference ?? '', '2': tracking, '3': PUBLIC_STATUS[n.language][status] };
}

/** The channel's own answers to STOP, START and HELP, sent at once in the webhook's reply (the window is open). */
export function whatsappKeywordReply(lang: Language, keyword: SmsKeyword): string {
  const town = config().MUNICIPALITY_NAME;
  const texts = {
    nl: {
      stop: `${town}: u ontvangt geen WhatsApp-berichten meer van ons. Stuur START om ze opnieuw te ontvangen.`,
      start: `${town}: u ontvangt opnieuw WhatsApp-berichten over uw dossiers. Stuur STOP om dat te stoppen.`,
      help: `${town}: stuur uw vraag gewoon hier, met foto's of documenten als dat helpt. Stuur STOP om geen berichten meer te ontvangen, START om ze weer te krijgen.`,
    },
    en: {
      stop: `${town}: you will receive no more WhatsApp messages from us. Send START to receive them again.`,
      start: `${town}: you will receive WhatsApp messages about your cases again. Send STOP to stop them.`,
      help: `${town}: just send your question here, with photos or documents if that helps. Send STOP to receive no more messages, START to get them again.`,
    },
  };
  return texts[lang][keyword];
}
