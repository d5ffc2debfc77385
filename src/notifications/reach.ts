import type { Tx } from '../db';
import type { Channel, IdentityKind, Language, NotificationChannel } from '../generated/prisma/enums';
import { channelRegistry, type IdentityState } from '../shared/channelRegistry';
import { identityState } from '../contacts/reachability';

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
  /** addresses of the identity kinds some channels have of their own (a chat app's numbers), best first */
  others?: Partial<Record<IdentityKind, string[]>>;
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

/** no address, none allowed (the channel's refusedReason: 'bounced', 'sms_refused'…), or nobody may be told */
export type UnreachableReason = 'no_address' | 'status_updates_off' | 'gone' | (string & {});

export type Reach =
  { reachable: true; routes: Route[] } | { reachable: false; reason: UnreachableReason; channel: NotificationChannel };

/** The channels a kind of message tries, best first; `all` sends on every channel that reaches the citizen. */
function channelsFor(
  kind: MessageKind,
  who: Addressee,
  via?: NotificationChannel,
): { order: NotificationChannel[]; all: boolean } {
  const fallback = channelRegistry.fallbackOrder();
  const first = (channel: NotificationChannel | null | undefined) =>
    channel ? [channel, ...fallback.filter((c) => c !== channel)] : fallback;
  const origin = who.origin ? channelRegistry.get(who.origin) : undefined;
  switch (kind) {
    // a citizen who chats on a channel is answered there (a number they chat on, unlike a number they gave on a form)
    case 'acknowledgement':
      return { order: first(origin?.conversationOn), all: false };
    case 'answer':
      return { order: via ? [via] : first(origin?.conversationOn), all: false };
    case 'status_update':
      // their stated preference, else the way they reached us (phone and SMS → SMS, a chat → the chat)
      return { order: first(who.preferred ?? origin?.statusUpdatesBy), all: false };
    case 'appointment':
      // the confirmation carries the calendar invitation by email, and a text message reaches the phone in hand
      return { order: fallback, all: true };
  }
}

function candidatesOf(who: Addressee, kind: IdentityKind): string[] {
  if (kind === 'email') return who.emails;
  if (kind === 'phone') return who.phones;
  return who.others?.[kind] ?? [];
}

/**
 * The identity rows a caller already read for ALL of the addressee's addresses (intake reads them with the citizen):
 * an address missing from them has none. Without them each address's row is read.
 */
export type KnownIdentities = (IdentityState & { kind: IdentityKind; value: string })[];

/** The first address on the channel that may still be used, or why none can. */
async function addressOn(
  tx: Tx,
  channel: NotificationChannel,
  who: Addressee,
  known?: KnownIdentities,
): Promise<{ recipient: string } | { reason: UnreachableReason }> {
  const messaging = channelRegistry.messaging(channel);
  const candidates = candidatesOf(who, messaging.identity);
  if (candidates.length === 0) return { reason: 'no_address' };
  for (const address of candidates) {
    const identity = known
      ? known.find((i) => i.kind === messaging.identity && i.value === address)
      : await identityState(messaging.identity, address, tx);
    if (messaging.allowedFor(address, identity)) return { recipient: address };
  }
  return { reason: messaging.refusedReason };
}

export async function decideReach(
  tx: Tx,
  kind: MessageKind,
  who: Addressee,
  via?: NotificationChannel,
  known?: KnownIdentities,
): Promise<Reach> {
  const { order, all } = channelsFor(kind, who, via);
  if (who.gone) return { reachable: false, reason: 'gone', channel: order[0] };
  if (kind === 'status_update' && who.statusUpdatesOff)
    return { reachable: false, reason: 'status_updates_off', channel: order[0] };
  const routes: Route[] = [];
  let first: UnreachableReason | undefined;
  for (const channel of order) {
    const found = await addressOn(tx, channel, who, known);
    if ('recipient' in found) {
      routes.push({ channel, recipient: found.recipient, language: who.language });
      if (!all) break;
    } else first ??= found.reason;
  }
  return routes.length
    ? { reachable: true, routes }
    : { reachable: false, reason: first ?? 'no_address', channel: order[0] };
}

/** The identities' values grouped by kind, in the order given. */
export function groupByKind(identities: { kind: string; value: string }[]): Addressee['others'] {
  const grouped: Partial<Record<string, string[]>> = {};
  for (const i of identities) (grouped[i.kind] ??= []).push(i.value);
  return grouped;
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
    others: groupByKind(contact?.identities.filter((i) => i.kind !== 'email' && i.kind !== 'phone') ?? []),
    language: ticket.language,
    preferred: contact?.preferredChannel,
    origin: ticket.channel,
    statusUpdatesOff: !!contact?.statusUpdatesOptOutAt,
    gone: !!ticket.anonymisedAt || !!ticket.mergedIntoId,
  };
}
