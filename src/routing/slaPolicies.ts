import { db } from '../db';
import type { SlaPolicy } from '../generated/prisma/client';
import { crudStore } from '../shared/crud';
import { ValidationError } from '../shared/errors';

/** The SLA targets: plain administration, with one rule: one target per category and priority. */
export const slaPolicies = crudStore((d) => d.slaPolicy, 'No such SLA target.');

export interface SlaTarget {
  categoryId: string | null;
  priority: SlaPolicy['priority'];
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warnBeforeMinutes: number;
}

async function checkUnique(b: { categoryId: string | null; priority: SlaPolicy['priority'] }, except?: string) {
  const same = await db().slaPolicy.findFirst({
    where: { categoryId: b.categoryId, priority: b.priority, NOT: except ? { id: except } : undefined },
  });
  if (same)
    throw new ValidationError('There is already a target for this category and priority; change that one.', {
      categoryId: 'Already has a target.',
    });
  if (b.categoryId && !(await db().category.findUnique({ where: { id: b.categoryId } })))
    throw new ValidationError('No such category.', { categoryId: 'No such category.' });
}

/** Adds a target (id undefined) or changes one. */
export async function saveSlaPolicy(id: string | undefined, target: SlaTarget): Promise<SlaPolicy> {
  if (id) await slaPolicies.find(id);
  await checkUnique(target, id);
  return id ? slaPolicies.update(id, target) : slaPolicies.create(target);
}
