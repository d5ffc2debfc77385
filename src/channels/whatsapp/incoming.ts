import { db } from '../../db';
import { intake, type PendingMedia } from '../../intake/intake';
import { latestOpenTicketOf } from '../../tickets/openCase';
import { setMessagingOptOut } from '../../contacts/reachability';
import { ValidationError } from '../../shared/errors';
import { enqueueAnnouncedMedia } from '../twilio/mediaJobs';
import { keywordLanguage, smsKeyword } from '../twilio/keywords';
import { whatsappNumber } from './address';
import { whatsappKeywordReply } from './templates';

export interface IncomingWhatsApp {
  messageSid: string;
  /** whatsapp:+32… as Twilio sends it */
  from: string;
  to: string;
  body: string;
  profileName?: string;
  numMedia: number;
  /** photos and documents at Twilio, fetched by a job once the ticket exists */
  media: PendingMedia[];
}

export type WhatsAppOutcome =
  | { kind: 'keyword'; reply: string }
  | { kind: 'created' | 'joined' | 'duplicate'; reference: string }
  | { kind: 'empty' };

const attachmentsLine = (n: number) => `(WhatsApp-bericht met ${n === 1 ? '1 bijlage' : `${n} bijlagen`})`;

export async function receiveWhatsApp(message: IncomingWhatsApp): Promise<WhatsAppOutcome> {
  const number = whatsappNumber(message.from);
  if (!number)
    throw new ValidationError('From must be a WhatsApp number (whatsapp:+32…).', { From: 'Not a WhatsApp number.' });
  const keyword = smsKeyword(message.body);
  if (keyword && message.numMedia === 0) {
    const contact = await db().contactIdentity.findUnique({
      where: { kind_value: { kind: 'whatsapp', value: number } },
      include: { contact: { select: { language: true } } },
    });
    const lang = keywordLanguage(message.body, contact?.contact.language ?? 'nl');
    if (keyword !== 'help') await setMessagingOptOut('whatsapp', number, keyword === 'stop');
    return { kind: 'keyword', reply: whatsappKeywordReply(lang, keyword) };
  }
  const text = message.body.trim() || (message.numMedia > 0 ? attachmentsLine(message.numMedia) : '');
  if (!text) return { kind: 'empty' };
  const firstLine = text.split('\n')[0];
  const result = await intake({
    channel: 'whatsapp',
    externalId: message.messageSid,
    contact: { channelIdentity: { kind: 'whatsapp', value: number }, name: message.profileName?.trim() || undefined },
    subject: firstLine.length > 80 ? `${firstLine.slice(0, 77)}…` : firstLine,
    body: text,
    ticketId: await latestOpenTicketOf('whatsapp', number),
    meta: { to: message.to, numMedia: message.numMedia },
    pendingMedia: message.media,
  });
  await enqueueAnnouncedMedia(
    'whatsapp',
    message.media.map((m) => m.sourceId),
  );
  return { kind: result.outcome, reference: result.ticket.reference };
}
