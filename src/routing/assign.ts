import type { Tx } from '../db';

const OPEN = ['new', 'open', 'pending_citizen'] as const;

/**
 * Hands a new ticket to an available agent of the department: round robin, or the one with the
 * fewest open tickets (ties in round-robin order), never above the department's maximum load.
 * The department row is locked for the decision, so tickets created at the same moment are spread
 * fairly instead of all landing on the same person.
 */
export async function autoAssign(
  tx: Tx,
  departmentId: string,
): Promise<{ assigneeId: string; strategy: string } | undefined> {
  const locked = await tx.$queryRaw<
    { assignment_strategy: string; max_open_per_agent: number | null; last_assigned_user_id: string | null }[]
  >`
    SELECT assignment_strategy, max_open_per_agent, last_assigned_user_id FROM department WHERE id = ${departmentId}::uuid FOR UPDATE`;
  const dept = locked[0];
  if (!dept || dept.assignment_strategy === 'none') return undefined;
  const candidates = await tx.user.findMany({
    where: { active: true, available: true, role: { in: ['agent', 'staff'] }, memberships: { some: { departmentId } } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (candidates.length === 0) return undefined;
  const loads = await tx.ticket.groupBy({
    by: ['assigneeId'],
    where: { assigneeId: { in: candidates.map((c) => c.id) }, status: { in: [...OPEN] } },
    _count: { _all: true },
  });
  const load = new Map(loads.map((l) => [l.assigneeId!, l._count._all]));
  // round-robin order: starting just after the agent who got the previous ticket
  const start = dept.last_assigned_user_id ? candidates.findIndex((c) => c.id > dept.last_assigned_user_id!) : 0;
  const ordered = [...candidates.slice(start < 0 ? 0 : start), ...candidates.slice(0, start < 0 ? 0 : start)].filter(
    (c) => dept.max_open_per_agent === null || (load.get(c.id) ?? 0) < dept.max_open_per_agent,
  );
  if (ordered.length === 0) return undefined;
  const chosen =
    dept.assignment_strategy === 'least_loaded'
      ? ordered.reduce((best, c) => ((load.get(c.id) ?? 0) < (load.get(best.id) ?? 0) ? c : best))
      : ordered[0];
  await tx.department.update({ where: { id: departmentId }, data: { lastAssignedUserId: chosen.id } });
  return { assigneeId: chosen.id, strategy: dept.assignment_strategy };
}
