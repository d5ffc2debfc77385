import type { Principal } from '../auth/principal';
import type { Prisma } from '../generated/prisma/client';

/** Agents and administrators see every ticket; department staff only their departments'. */
export function ticketScope(user: Principal): Prisma.TicketWhereInput {
  return user.role === 'staff' ? { departmentId: { in: user.departmentIds } } : {};
}

/** A contact is visible to staff when one of their tickets is. */
export function contactScope(user: Principal): Prisma.ContactWhereInput {
  return user.role === 'staff' ? { tickets: { some: ticketScope(user) } } : {};
}
