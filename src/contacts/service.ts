import { db, type Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { Principal } from '../auth/principal';
import { contactScope } from '../tickets/policy';
import type { Language, NotificationChannel } from '../generated/prisma/enums';
import { ConflictError, NotFoundError } from '../shared/errors';
import { VersionMismatch } from '../shared/versions';

export interface ContactInput {
  name?: string | null;
  language?: Language;
  preferredChannel?: NotificationChannel | null;
  emails?: string[];
  phones?: string[];
}

/** Replaces a contact's addresses; an address that belongs to someone else is refused, never moved silently. */
async function setIdentities(tx: Tx, contactId: string, input: ContactInput): Promise<void> {
  const wanted = [
    ...(input.emails ?? []).map((value) => ({ kind: 'email' as const, value })),
    ...(input.phones ?? []).map((value) => ({ kind: 'phone' as const, value })),
  ];
  if (wanted.length) {
    const taken = await tx.contactIdentity.findMany({ where: { OR: wanted, NOT: { contactId } } });
    if (taken.length) {
      const errors = Object.fromEntries(
        taken.map((t) => [
          t.kind === 'email' ? 'emails' : 'phones',
          `${t.value} belongs to another contact; merge their tickets instead.`,
        ]),
      );
      throw new ConflictError('An address belongs to another contact.', errors);
    }
  }
  const kinds = [...(input.emails ? ['email' as const] : []), ...(input.phones ? ['phone' as const] : [])];
  if (kinds.length === 0) return;
  await tx.contactIdentity.deleteMany({
    where: { contactId, kind: { in: kinds }, value: { notIn: wanted.map((w) => w.value) } },
  });
  await tx.contactIdentity.createMany({ data: wanted.map((w) => ({ ...w, contactId })), skipDuplicates: true });
}

export function createContact(input: ContactInput) {
  return db().$transaction(async (tx) => {
    const contact = await tx.contact.create({
      data: {
        name: input.name ?? null,
        language: input.language ?? 'nl',
        preferredChannel: input.preferredChannel ?? null,
      },
    });
    await setIdentities(tx, contact.id, input);
    return contact.id;
  });
}

/**
 * Changes a contact as it was at `version`: one compare-and-set on the contact row (also when only addresses
 * change, so the version counts every edit); throws VersionMismatch when someone else changed it since.
 */
export function updateContact(id: string, input: ContactInput, version: number) {
  return db().$transaction(async (tx) => {
    const { count } = await tx.contact.updateMany({
      where: { id, version },
      data: { name: input.name, language: input.language, preferredChannel: input.preferredChannel },
    });
    if (count === 0) throw new VersionMismatch(id);
    await setIdentities(tx, id, input);
    return id;
  });
}

/** A contact with its addresses and how many tickets it has, as the console shows it. */
const include = { identities: true, _count: { select: { tickets: true } } } as const;

/** A contact the user may see (their department's tickets' citizens, for department staff); else a 404. */
export async function findContact(user: Principal, id: string) {
  const c = await db().contact.findFirst({ where: { id, ...contactScope(user) }, include });
  if (!c) throw new NotFoundError('No such contact.');
  return c;
}

export const listContacts = (
  where: Prisma.ContactWhereInput,
  orderBy: Prisma.ContactOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().contact.findMany({ where, include, orderBy, ...page });

export const countContacts = (where: Prisma.ContactWhereInput) => db().contact.count({ where });
