import { db } from '../../db';
import { intake, type PendingMedia } from '../../intake/intake';
import { latestOpenTicketOf } from '../../tickets/openCase';
import { enqueueAnnouncedMedia } from '../twilio/mediaJobs';
import { normalizePhone } from '../../shared/identities';
import { ValidationError } from '../../shared/errors';
import { keywordLanguage, smsKeyword } from '../twilio/keywords';
import { setSmsOptOut } from '../../contacts/reachability';
import { smsKeywordReply } from './templates';

export interface IncomingSms {
  messageSid: string;
  from: string;
  to: string;
  body: string;
  numMedia: number;
  /** the photos and documents Twilio keeps for this message: fetched by a job once the ticket exists */
  media: PendingMedia[];
}

export type SmsOutcome =
  | { kind: 'keyword'; reply: string }
  | { kind: 'created' | 'joined' | 'duplicate'; reference: string }
  | { kind: 'empty' };

export async function receiveSms(sms: IncomingSms): Promise<SmsOutcome> {
  const phone = normalizePhone(sms.from);
  if (!phone) throw new ValidationError('From must be a phone number.', { From: 'Not a phone number.' });
  const keyword = smsKeyword(sms.body);
  if (keyword) {
    const contact = await db().contactIdentity.findUnique({
      where: { kind_value: { kind: 'phone', value: phone } },
      include: { contact: { select: { language: true } } },
    });
    const lang = keywordLanguage(sms.body, contact?.contact.language ?? 'nl');
    if (keyword !== 'help') await setSmsOptOut(phone, keyword === 'stop');
    return { kind: 'keyword', reply: smsKeywordReply(lang, keyword) };
  }
  const text =
    sms.body.trim() ||
    (sms.numMedia > 0 ? `(MMS met ${sms.numMedia === 1 ? '1 bijlage' : `${sms.numMedia} bijlagen`})` : '');
  if (!text) return { kind: 'empty' };
  const firstLine = text.split('\n')[0];
  const result = await intake({
    channel: 'sms',
    externalId: sms.messageSid,
    contact: { phone },
    subject: firstLine.length > 80 ? `${firstLine.slice(0, 77)}…` : firstLine,
    body: text,
    ticketId: await latestOpenTicketOf('phone', phone),
    meta: { to: sms.to, numMedia: sms.numMedia },
    pendingMedia: sms.media,
  });
  await enqueueAnnouncedMedia(
    'sms',
    sms.media.map((m) => m.sourceId),
  );
  return { kind: result.outcome, reference: result.ticket.reference };
}
