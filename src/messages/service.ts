import type { Principal } from '../auth/principal';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../shared/errors';
import { ticketScope } from '../tickets/policy';

/** A ticket's messages as the console reads them: with attachments and the media a channel fetched (voice recordings, chat photos). */
const include = {
  attachments: true,
  media: {
    select: { id: true, kind: true, filename: true, status: true, transcriptionStatus: true },
    orderBy: { createdAt: 'asc' },
  },
  authorUser: { select: { name: true } },
  authorContact: { select: { name: true } },
  notifications: { select: { status: true, lastError: true, sentAt: true }, orderBy: { createdAt: 'desc' }, take: 1 },
} as const;

export const listMessages = (
  where: Prisma.MessageWhereInput,
  orderBy: Prisma.MessageOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().message.findMany({ where, include, orderBy, ...page });

export const countMessages = (where: Prisma.MessageWhereInput) => db().message.count({ where });

/** A message of a ticket the user may see; else a 404. */
export async function messageFor(user: Principal, id: string) {
  const m = await db().message.findFirst({ where: { id, ticket: ticketScope(user) }, include });
  if (!m) throw new NotFoundError('No such message.');
  return m;
}
