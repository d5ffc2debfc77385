import type { Channel, IdentityKind, Language, NotificationChannel } from '../generated/prisma/enums';
import { CHANNELS, REPLY_CHANNELS } from './channels';

/**
 * What a channel is, declared once in its own folder (src/channels/<name>/channel.ts) and registered at start by the
 * composition root (src/channels/index.ts). Generic code (reach, conversation, intake, status updates, the tracking
 * page, contacts) asks this registry instead of naming a channel, so adding one touches its folder, the Prisma enum
 * and the registry list; test/platform/channel-registry.test.ts holds that true.
 */
export interface ChannelDefinition {
  channel: Channel;
  /** its name where staff read it (console, exports), and "came in via …" on the citizen's tracking page */
  words: Record<Language, { name: string; via: string }>;
  /** where a citizen who came in this way hears about their case by default (status updates), if not by email */
  statusUpdatesBy?: NotificationChannel;
  /** the citizen chats here: the acknowledgement and answers go back on this channel before any other */
  conversationOn?: NotificationChannel;
  /** present when the town can also write to citizens on this channel */
  messaging?: MessagingDefinition;
}

/** What an address's identity row says about writing to it (a moment, as a Date or as read from JSON). */
export interface IdentityState {
  bouncedAt: Date | string | null;
  smsOptedOutAt: Date | string | null;
}

export interface MessagingDefinition {
  channel: NotificationChannel;
  /** the contact identity that holds its addresses */
  identity: IdentityKind;
  /**
   * Tried, in this rank, when the citizen neither chose a channel nor chats on one (email 1, SMS 2); a channel without
   * a rank is used only when chosen or chatted on.
   */
  fallbackRank?: number;
  /** how its messages are written: an email (subject, HTML, thread headers) or a short text */
  format: 'email' | 'short';
  /** added to the key of a short message's template ('ticket_received' + '_sms'), so reports tell them apart */
  templateSuffix: string;
  /** the longest answer an agent may send on it (short texts) */
  replyMaxLength?: number;
  /** the reply preview counts SMS segments */
  countsSegments?: boolean;
  /**
   * Whether this address may still be written to, from its identity's row (none: we never heard of it): not opted
   * out, not bounced, and what the address itself allows (a landline takes no text).
   */
  allowedFor(address: string, identity: IdentityState | undefined): boolean;
  /** why none of the citizen's addresses could be used (reach.ts reports it) */
  refusedReason: string;
  /** for agents (API messages, in English like the rest of the API) */
  agentWords: {
    /** "a … answer can be at most N characters" */
    what: string;
    noAddress: string;
    refused: string;
    /** the form field an agent fixes when no address is known */
    missingField: Record<string, string>;
  };
  /** the contact's addresses on this channel are shown under this field of the contact (identities of their own) */
  contactField?: string;
}

let registered = new Map<Channel, ChannelDefinition>();

/** Filled once at start by src/channels/index.ts; every Channel enum value needs exactly one definition. */
export function registerChannelDefinitions(definitions: readonly ChannelDefinition[]): void {
  const next = new Map<Channel, ChannelDefinition>();
  for (const d of definitions) {
    if (next.has(d.channel)) throw new Error(`two definitions for the channel ${d.channel}`);
    if (d.messaging && d.messaging.channel !== d.channel)
      throw new Error(`the channel ${d.channel} says it writes as ${d.messaging.channel}`);
    next.set(d.channel, d);
  }
  const missing = CHANNELS.filter((c) => !next.has(c));
  if (missing.length) throw new Error(`no definition for the channel(s) ${missing.join(', ')}`);
  const silent = REPLY_CHANNELS.filter((c) => !next.get(c as Channel)?.messaging);
  if (silent.length) throw new Error(`no messaging for the reply channel(s) ${silent.join(', ')}`);
  registered = next;
}

function definitionOf(channel: Channel): ChannelDefinition {
  const d = registered.get(channel);
  if (!d) throw new Error(`no definition for ${channel}: the process must call registerChannels() at start`);
  return d;
}

export const channelRegistry = {
  get: definitionOf,
  all(): ChannelDefinition[] {
    return CHANNELS.map(definitionOf);
  },
  messaging(channel: NotificationChannel): MessagingDefinition {
    return definitionOf(channel as Channel).messaging!;
  },
  allMessaging(): MessagingDefinition[] {
    return REPLY_CHANNELS.map((c) => definitionOf(c as Channel).messaging!);
  },
  /** the channels tried when nothing else decides, best first */
  fallbackOrder(): NotificationChannel[] {
    return this.allMessaging()
      .filter((m) => m.fallbackRank !== undefined)
      .sort((a, b) => a.fallbackRank! - b.fallbackRank!)
      .map((m) => m.channel);
  },
  /** the channel's name in a language; the code itself for one not registered (an old export) */
  nameOf(channel: string, language: Language): string {
    return registered.get(channel as Channel)?.words[language].name ?? channel;
  },
  /** "came in via …" in a language (the tracking page's timeline) */
  viaOf(channel: string, language: Language): string {
    return registered.get(channel as Channel)?.words[language].via ?? channel;
  },
  /** every channel's name in a language, by code */
  names(language: Language): Record<string, string> {
    return Object.fromEntries([...registered.values()].map((d) => [d.channel, d.words[language].name]));
  },
};
