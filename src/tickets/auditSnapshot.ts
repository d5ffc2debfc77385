import { db } from '../db';

/** The fields an agent changes, as they were before, so the audit log reads "status Open → Opgelost". */
export function ticketBeforeChange(id: string): Promise<Record<string, unknown> | null> {
  return db().ticket.findUnique({
    where: { id },
    select: {
      status: true,
      priority: true,
      categoryId: true,
      departmentId: true,
      assigneeId: true,
      subject: true,
      tags: true,
    },
  });
}
