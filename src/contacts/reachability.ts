import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { db, type Tx } from '../db';
import type { IdentityKind } from '../generated/prisma/enums';
import type { IdentityState } from '../shared/channelRegistry';
import { retryOnConflict } from '../shared/retry';

/**
 * Whether an address can still be written to: a number that sent STOP, an email address that bounced. This state
 * belongs to the contact's identity; the channels record it (the SMS webhook, the bounce reader) and notifications
 * read it when they decide reach, but neither owns it.
 */

/** A number that can receive text messages (a landline cannot). */
export function isMobile(phone: string): boolean {
  const type = parsePhoneNumberFromString(phone)?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}

/** What the identity row of an address says about writing to it (undefined: there is none). */
export async function identityState(
  kind: IdentityKind,
  address: string,
  tx: Tx = db(),
): Promise<IdentityState | undefined> {
  const row = await tx.contactIdentity.findUnique({
    where: { kind_value: { kind, value: kind === 'email' ? address.toLowerCase() : address } },
    select: { bouncedAt: true, smsOptedOutAt: true },
  });
  return row ?? undefined;
}

/** May we text this number: mobile, and its owner did not send STOP. */
export function smsAllowedFor(phone: string, identity: IdentityState | undefined): boolean {
  return isMobile(phone) && !identity?.smsOptedOutAt;
}

export async function smsAllowed(phone: string, tx: Tx = db()): Promise<boolean> {
  return isMobile(phone) && smsAllowedFor(phone, await identityState('phone', phone, tx));
}

/** May we email this address: it did not bounce for good. */
export function emailAllowedFor(_address: string, identity: IdentityState | undefined): boolean {
  return !identity?.bouncedAt;
}

export async function setSmsOptOut(phone: string, optedOut: boolean): Promise<void> {
  await setMessagingOptOut('phone', phone, optedOut);
}

/**
 * Remembers STOP (or its undoing by START) on the number, creating the contact if we never heard of them. Each
 * messaging channel's numbers are an identity kind of their own, opted out of apart; all keep the moment in
 * smsOptedOutAt.
 */
export async function setMessagingOptOut(
  kind: Exclude<IdentityKind, 'email'>,
  phone: string,
  optedOut: boolean,
): Promise<void> {
  const smsOptedOutAt = optedOut ? new Date() : null;
  // two STOPs from a number we never saw race on the identity's unique index: the loser runs again and finds it
  await retryOnConflict(() =>
    db().$transaction(async (tx) => {
      const identity = await tx.contactIdentity.findUnique({ where: { kind_value: { kind, value: phone } } });
      if (identity) {
        // a repeated STOP keeps the first moment
        if (optedOut && identity.smsOptedOutAt) return;
        await tx.contactIdentity.update({ where: { id: identity.id }, data: { smsOptedOutAt } });
        return;
      }
      const contact = await tx.contact.create({ data: {} });
      await tx.contactIdentity.create({ data: { contactId: contact.id, kind, value: phone, smsOptedOutAt } });
    }),
  );
}

/** A permanent delivery failure: the address is marked bouncing, for agents to see and for reach to avoid. */
export async function markEmailBounced(address: string, reason: string): Promise<void> {
  await db().contactIdentity.updateMany({
    where: { kind: 'email', value: address.toLowerCase() },
    data: { bouncedAt: new Date(), bounceReason: reason.slice(0, 500) },
  });
}
