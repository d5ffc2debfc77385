import type { Principal } from '../auth/principal';
import type { Prisma } from '../generated/prisma/client';

export interface CannedVisibility {
  departmentId: string | null;
  ownerId: string | null;
}

/**
 * Who sees a canned reply: a shared one (no department, no owner) everyone; a department's one its members, and
 * agents and administrators, who work every department's tickets; a personal one only its owner.
 */
export function cannedScope(user: Principal): Prisma.CannedResponseWhereInput {
  const personal = { ownerId: user.id };
  if (user.role !== 'staff') return { OR: [{ ownerId: null }, personal] };
  return {
    OR: [{ ownerId: null, departmentId: null }, { ownerId: null, departmentId: { in: user.departmentIds } }, personal],
  };
}

/** Who may write one: its owner when personal; otherwise agents and administrators, or staff for their own departments. */
export function mayWrite(user: Principal, r: CannedVisibility): boolean {
  if (r.ownerId) return r.ownerId === user.id;
  if (user.role !== 'staff') return true;
  return r.departmentId !== null && user.departmentIds.includes(r.departmentId);
}
