import type { Tx } from '../db';
import type { Channel, Language, NotificationChannel } from '../generated/prisma/enums';
import { emailAllowed, smsAllowed, whatsappAllowed } from '../contacts/reachability';

/**
 * "Email or text message, to which address, in which language?" is decided here, once, for every message the town
 * sends a citizen on its own or on an agent's behalf. Consent (status updates switched off), opt-out (STOP) and
 * bounces come from the contact's identities (src/contacts/reachability.ts); each kind of message only differs in
 * which channels it tries, in which order.
 */
export type MessageKind = 'acknowledgement' | 'answer' | 'status_update' | 'appointment';

export interface Addressee {
  /** candidate addresses, best first */
  emails: string[];
  phones: string[];
  /** WhatsApp numbers (an identity of their own) */
  whatsapp?: string[];
  language: Language;
  /** the citizen's stated preference (contact page) */
  preferred?: NotificationChannel | null;
  /** the channel the ticket came in through */
  origin?: Channel;
  /** the citizen switched status updates off (tracking page) */
  statusUpdatesOff?: boolean;
  /** the ticket was anonymised or merged away: nobody is told anything about it any more */
  gone?: boolean;
}

export interface Route {
  channel: NotificationChannel;
  recipient: string;
  language: Language;
}

export type UnreachableReason =
  'no_address' | 'bounced' | 'sms_refused' | 'whatsapp_refused' | 'status_updates_off' | 'gone';

export type Reach =
  { reachable: true; routes: Route[] } | { reachable: false; reason: UnreachableReason; channel: NotificationChannel };

/** The channels a kind of message tries, best first; `all` sends on every channel that reaches the citizen. */
function channelsFor(
  kind: MessageKind,
  who: Addressee,
  via?: NotificationChannel,
): { order: NotificationChannel[]; all: boolean } {
  // a citizen who wrote on WhatsApp is answered there (a number they chat on, unlike a number they gave on a form)
  const cameByWhatsapp = who.origin === 'whatsapp';
  switch (kind) {
    case 'acknowledgement':
      return { order: cameByWhatsapp ? ['whatsapp', 'email', 'sms'] : ['email', 'sms'], all: false };
    case 'answer':
      return { order: via ? [via] : cameByWhatsapp ? ['whatsapp', 'email', 'sms'] : ['email', 'sms'], all: false };
    case 'status_update': {
      // their stated preference, else the way they reached us (phone and SMS → SMS, WhatsApp → WhatsApp)
      if (who.preferred ? who.preferred === 'whatsapp' : cameByWhatsapp)
        return { order: ['whatsapp', 'email', 'sms'], all: false };
      const prefersSms = who.preferred ? who.preferred === 'sms' : who.origin === 'phone' || who.origin === 'sms';
      return { order: prefersSms ? ['sms', 'email'] : ['email', 'sms'], all: false };
    }
    case 'appointment':
      // the confirmation carries the calendar invitation by email, and a text message reaches the phone in hand
      return { order: ['email', 'sms'], all: true };
  }
}

const ADDRESSES: Record<NotificationChannel, (who: Addressee) => string[]> = {
  email: (w) => w.emails,
  sms: (w) => w.phones,
  whatsapp: (w) => w.whatsapp ?? [],
};
const ALLOWED: Record<NotificationChannel, (address: string, tx: Tx) => Promise<boolean>> = {
  email: emailAllowed,
  sms: smsAllowed,
  whatsapp: whatsappAllowed,
};
const REFUSED: Record<NotificationChannel, UnreachableReason> = {
  email: 'bounced',
  sms: 'sms_refused',
  whatsapp: 'whatsapp_refused',
};

/** The first address on the channel that may still be used, or why none can. */
async function addressOn(
  tx: Tx,
  channel: NotificationChannel,
  who: Addressee,
): Promise<{ recipient: string } | { reason: UnreachableReason }> {
  const candidates = ADDRESSES[channel](who);
  if (candidates.length === 0) return { reason: 'no_address' };
  for (const address of candidates) {
    if (await ALLOWED[channel](address, tx)) return { recipient: address };
  }
  return { reason: REFUSED[channel] };
}

export async function decideReach(
  tx: Tx,
  kind: MessageKind,
  who: Addressee,
  via?: NotificationChannel,
): Promise<Reach> {
  const { order, all } = channelsFor(kind, who, via);
  if (who.gone) return { reachable: false, reason: 'gone', channel: order[0] };
  if (kind === 'status_update' && who.statusUpdatesOff)
    return { reachable: false, reason: 'status_updates_off', channel: order[0] };
  const routes: Route[] = [];
  let first: UnreachableReason | undefined;
  for (const channel of order) {
    const found = await addressOn(tx, channel, who);
    if ('recipient' in found) {
      routes.push({ channel, recipient: found.recipient, language: who.language });
      if (!all) break;
    } else first ??= found.reason;
  }
  return routes.length
    ? { reachable: true, routes }
    : { reachable: false, reason: first ?? 'no_address', channel: order[0] };
}

/** A contact with their identities, as the ticket queries load it. */
export function addresseeOf(
  contact:
    | {
        identities: { kind: string; value: string }[];
        preferredChannel: NotificationChannel | null;
        statusUpdatesOptOutAt: Date | null;
      }
    | null
    | undefined,
  ticket: { channel: Channel; language: Language; anonymisedAt?: Date | null; mergedIntoId?: string | null },
): Addressee {
  return {
    emails: contact?.identities.filter((i) => i.kind === 'email').map((i) => i.value) ?? [],
    phones: contact?.identities.filter((i) => i.kind === 'phone').map((i) => i.value) ?? [],
    whatsapp: contact?.identities.filter((i) => i.kind === 'whatsapp').map((i) => i.value) ?? [],
    language: ticket.language,
    preferred: contact?.preferredChannel,
    origin: ticket.channel,
    statusUpdatesOff: !!contact?.statusUpdatesOptOutAt,
    gone: !!ticket.anonymisedAt || !!ticket.mergedIntoId,
  };
}
