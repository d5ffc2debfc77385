import { channelRegistry } from '../shared/channelRegistry';
import type { Contact, ContactIdentity } from '../generated/prisma/client';

export function presentContact(c: Contact & { identities: ContactIdentity[]; _count?: { tickets: number } }) {
  return {
    id: c.id,
    name: c.name,
    language: c.language,
    preferredChannel: c.preferredChannel,
    emails: c.identities.filter((i) => i.kind === 'email').map((i) => i.value),
    phones: c.identities.filter((i) => i.kind === 'phone').map((i) => i.value),
    /** each channel whose addresses are an identity of their own (a chat app's numbers) lists them under its field */
    ...Object.fromEntries(
      channelRegistry
        .allMessaging()
        .flatMap((m) =>
          m.contactField
            ? [[m.contactField, c.identities.filter((i) => i.kind === m.identity).map((i) => i.value)]]
            : [],
        ),
    ),
    /** addresses mail bounced from permanently: agents should ask for another */
    bouncingEmails: c.identities
      .filter((i) => i.kind === 'email' && i.bouncedAt)
      .map((i) => ({ address: i.value, since: i.bouncedAt, reason: i.bounceReason })),
    ticketCount: c._count?.tickets ?? 0,
    /** false once the citizen unsubscribed from status updates (their link in any update) */
    statusUpdates: !c.statusUpdatesOptOutAt,
    smsOptedOut: c.identities.filter((i) => i.kind === 'phone' && i.smsOptedOutAt).map((i) => i.value),
    legalHold: c.legalHold,
    legalHoldReason: c.legalHoldReason,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
