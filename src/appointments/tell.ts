import QRCode from 'qrcode';
import type { Tx } from '../db';
import { config } from '../config';
import type { Appointment } from '../generated/prisma/client';
import type { NotificationChannel } from '../generated/prisma/enums';
import { addToOutbox, type OutboxEntry } from '../notifications/outbox';
import { decryptSecret } from '../shared/secretBox';
import { decideReach } from '../notifications/reach';
import { channelRegistry } from '../shared/channelRegistry';
import {
  appointmentEmail,
  appointmentIcs,
  appointmentSms,
  QR_CID,
  type AppointmentFacts,
  type AppointmentMessage,
} from './messages';

export const manageUrl = (token: string) => `${config().PUBLIC_URL}/afspraak/beheer/${token}`;

/** What every message about an appointment says. */
async function factsOf(tx: Tx, a: Appointment): Promise<AppointmentFacts> {
  const token = decryptSecret(a.manageTokenEnc);
  // one after the other: a transaction is one connection, and pg@9 refuses overlapping queries on it
  const service = await tx.service.findUniqueOrThrow({ where: { id: a.serviceId } });
  const location = await tx.location.findUniqueOrThrow({ where: { id: a.locationId } });
  const en = a.language === 'en';
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    serviceName: en ? service.nameEn : service.nameNl,
    documents: en ? service.documentsEn : service.documentsNl,
    priceNote: service.priceNote,
    start: a.startsAt,
    end: a.endsAt,
    location: { name: location.name, address: location.address },
    manageUrl: manageUrl(token),
    sequence: a.sequence,
  };
}

/** Confirmation, change, cancellation or reminder: email with the calendar invitation, and an SMS to a mobile number. */
export async function tellCitizen(tx: Tx, a: Appointment, kind: AppointmentMessage): Promise<string[]> {
  const facts = await factsOf(tx, a);
  const ids: string[] = [];
  const template = `appointment_${kind}`;
  const reach = await decideReach(tx, 'appointment', {
    emails: a.email ? [a.email] : [],
    phones: a.phone ? [a.phone] : [],
    language: a.language,
  });
  // an email carries the calendar invitation; every short-text channel gets the short text
  const byEmail = async (recipient: string): Promise<OutboxEntry> => ({
    channel: 'email',
    template,
    language: a.language,
    recipient,
    content: appointmentEmail(a.language, kind, facts),
    ticketId: a.ticketId ?? undefined,
    headers: {
      ics: appointmentIcs(a.language, kind, facts),
      autoSubmitted: 'auto-generated',
      // the kiosk at the town hall scans this to check in
      ...(kind === 'cancelled'
        ? {}
        : {
            inline: [
              {
                cid: QR_CID,
                filename: `${a.code}.png`,
                contentType: 'image/png',
                base64: (await QRCode.toBuffer(a.code, { type: 'png', width: 240, margin: 2 })).toString('base64'),
              },
            ],
          }),
    },
  });
  const message = (channel: NotificationChannel, recipient: string): Promise<OutboxEntry> => {
    const messaging = channelRegistry.messaging(channel);
    if (messaging.format === 'email') return byEmail(recipient);
    return Promise.resolve({
      channel,
      template: `${template}${messaging.templateSuffix}`,
      language: a.language,
      recipient,
      content: appointmentSms(a.language, kind, facts),
      ticketId: a.ticketId ?? undefined,
    });
  };
  for (const route of reach.reachable ? reach.routes : [])
    ids.push(await addToOutbox(tx, await message(route.channel, route.recipient)));
  return ids;
}
