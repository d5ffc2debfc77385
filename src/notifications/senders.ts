import type { Tx } from '../db';
import type { Notification } from '../generated/prisma/client';
import type { NotificationChannel } from '../shared/channels';

/**
 * One channel's way out to a citizen (src/channels/<name>/sender.ts). The outbox hands it a claimed row and keeps
 * the bookkeeping (claim, retry, sent, failed); the sender only talks to its provider and returns the provider's id.
 */
/** Who carries the messages: channels on one provider (SMS and WhatsApp on Twilio) share one circuit breaker. */
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
   * times (WhatsApp outside its 24-hour customer-service window); undefined when free text may go.
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
}

/** The recipient may not be reached on this channel any more (STOP, a hard bounce): not sent, and not retried. */
export class RecipientUnreachable extends Error {}

let registered: Partial<Record<NotificationChannel, ChannelSender>> = {};

/**
 * Filled once at start by src/channels/senders.ts (worker, and the tests' setup). Taking an exhaustive record means a
 * channel added to the NotificationChannel enum without a sender fails the type-check, not a send at night.
 */
export function registerSenders(senders: Record<NotificationChannel, ChannelSender>): void {
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
      throw new Error(`no sender registered for ${channel}: the process must call registerChannelSenders() at start`);
    return sender;
  },
};
