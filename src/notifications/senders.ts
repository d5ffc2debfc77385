import type { Tx } from '../db';
import type { Notification } from '../generated/prisma/client';
import type { Language } from '../generated/prisma/enums';
import { REPLY_CHANNELS, type NotificationChannel } from '../shared/channels';

/**
 * One channel's way out to a citizen (src/channels/<name>/sender.ts). The outbox hands it a claimed row and keeps
 * the bookkeeping (claim, retry, sent, failed); the sender only talks to its provider and returns the provider's id.
 */
/** Who carries the messages: channels on one provider (the Twilio ones) share one circuit breaker. */
export type Provider = 'mail' | 'twilio';
export const PROVIDERS: readonly Provider[] = ['mail', 'twilio'];

export interface ChannelSender {
  readonly channel: NotificationChannel;
  readonly provider: Provider;
  send(n: Notification): Promise<string>;
  /** Did the provider fail as a whole (unreachable, down), rather than refuse this one message? */
  isOutage(err: unknown): boolean;
  /** Asks the provider whether it answers, without sending anything (rejects while it does not). */
  probe(): Promise<unknown>;
  /**
   * Why an agent's own words cannot go to this recipient now, when the channel allows only approved templates at
   * times (a chat app's customer-service window, see the channel's sender); undefined when free text may go.
   */
  freeTextRefusal?(recipient: string, tx: Tx): Promise<FreeTextRefusal | undefined>;
}

export interface FreeTextRefusal {
  /** for the console: it explains in the agent's language */
  code: string;
  message: string;
  /** whether an approved template can carry the answer instead */
  templateAvailable: boolean;
  /** the citizen's last message on the channel, if any */
  lastInboundAt?: Date;
  /**
   * What the console shows the agent, in their language: a title and why (%{last} stands for lastInboundAt, written
   * in the agent's own format), the words when the citizen never wrote on the channel, and when no template exists.
   */
  notice: Record<Language, { title: string; closed: string; never: string; noTemplate: string }>;
}

/** The recipient may not be reached on this channel any more (STOP, a hard bounce): not sent, and not retried. */
export class RecipientUnreachable extends Error {}

let registered: Partial<Record<NotificationChannel, ChannelSender>> = {};

/**
 * Filled once at start by src/channels/index.ts (app, worker, and the tests' setup). Every NotificationChannel needs
 * a sender: a channel added to the enum without one fails at start, not a send at night.
 */
export function registerSenders(senders: Record<NotificationChannel, ChannelSender>): void {
  for (const channel of REPLY_CHANNELS) if (!senders[channel]) throw new Error(`no sender for the channel ${channel}`);
  for (const [channel, sender] of Object.entries(senders) as [NotificationChannel, ChannelSender][]) {
    if (sender.channel !== channel) throw new Error(`the sender for ${channel} says it sends ${sender.channel}`);
  }
  registered = { ...senders };
}

export const senderRegistry = {
  /** every registered sender (the circuit breaker groups them by provider) */
  all(): ChannelSender[] {
    return Object.values(registered);
  },
  get(channel: NotificationChannel): ChannelSender {
    const sender = registered[channel];
    if (!sender)
      throw new Error(`no sender registered for ${channel}: the process must call registerChannels() at start`);
    return sender;
  },
};
