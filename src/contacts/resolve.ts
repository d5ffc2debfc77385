import type { Tx } from '../db';
import type { Contact, Language } from '../generated/prisma/client';
import type { IdentityKind } from '../generated/prisma/enums';

export interface ContactDetails {
  name?: string;
  email?: string;
  phone?: string;
  /** the sender's address on a channel whose addresses are an identity kind of their own (a chat app's number) */
  channelIdentity?: { kind: IdentityKind; value: string };
  language?: Language;
  /** the citizen was logged in ("<issuer> <subject>", src/citizens): their Mijn dossiers shows what this contact sent */
  citizenSubject?: string;
}

/**
 * Finds the citizen by any of their identities (email first, then their login, phone or a channel's own) or creates them, and
 * records the identities they did not have yet. Identities are unique, so a concurrent intake for
 * the same new address fails on the unique index and is retried by the caller's transaction retry.
 */
export async function resolveContact(tx: Tx, details: ContactDetails): Promise<Contact | null> {
  const wanted = wantedIdentities(details);
  if (wanted.length === 0) return null;
  const existing = await tx.contactIdentity.findMany({ where: { OR: wanted } });
  const owner = ownerOf(existing);
  const contact = owner
    ? await tx.contact.findUniqueOrThrow({ where: { id: owner } })
    : await tx.contact.create({ data: { name: details.name || null, language: details.language ?? 'nl' } });
  if (owner && !contact.name && details.name)
    await tx.contact.update({ where: { id: contact.id }, data: { name: details.name } });
  const missing = missingIdentities(wanted, existing);
  if (missing.length)
    await tx.contactIdentity.createMany({ data: missing.map((m) => ({ ...m, contactId: contact.id })) });
  return contact;
}

export interface Identity {
  kind: IdentityKind;
  value: string;
}

/** The identities the details name: email, phone, a channel's own address, the citizen's login. */
export function wantedIdentities(details: ContactDetails): Identity[] {
  return [
    ...(details.email ? [{ kind: 'email' as const, value: details.email }] : []),
    ...(details.phone ? [{ kind: 'phone' as const, value: details.phone }] : []),
    ...(details.channelIdentity ? [details.channelIdentity] : []),
    ...(details.citizenSubject ? [{ kind: 'oidc' as const, value: details.citizenSubject }] : []),
  ];
}

/** Whose contact it is when identities were found: the address typed decides (answers go to that contact's
 * addresses), the login comes next. */
export function ownerOf<T extends Identity & { contactId: string }>(existing: T[]): string | undefined {
  return (
    existing.find((i) => i.kind === 'email')?.contactId ??
    existing.find((i) => i.kind === 'oidc')?.contactId ??
    existing[0]?.contactId
  );
}

export function missingIdentities(wanted: Identity[], existing: Identity[]): Identity[] {
  return wanted.filter((w) => !existing.some((e) => e.kind === w.kind && e.value === w.value));
}
