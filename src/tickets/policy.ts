import type { Principal } from '../auth/principal';
import type { Prisma } from '../generated/prisma/client';

/** Agents and administrators see every ticket; department staff only their departments'. */
export function ticketScope(user: Principal): Prisma.TicketWhereInput {
  return user.role === 'staff' ? { departmentId: { in: user.departmentIds } } : {};
}

/** The same rule for one ticket already in hand (the live stream checks each event): by its department. */
export function maySeeTicketOf(
  user: Pick<Principal, 'role' | 'departmentIds'>,
  departmentId: string | null | undefined,
): boolean {
  return user.role !== 'staff' || (!!departmentId && user.departmentIds.includes(departmentId));
}

/** A contact is visible to staff when one of their tickets is. */
export function contactScope(user: Principal): Prisma.ContactWhereInput {
  return user.role === 'staff' ? { tickets: { some: ticketScope(user) } } : {};
}
