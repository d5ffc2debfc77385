import { db } from '../db';
import { crudStore } from '../shared/crud';
import { ValidationError } from '../shared/errors';

/** Departments: plain administration, the one place their table is read and written. */
export const departments = crudStore((d) => d.department, 'No such department.');

/** The department's lead is a user that exists. */
export async function checkLead(leadUserId: string | null | undefined): Promise<void> {
  if (leadUserId && !(await db().user.findUnique({ where: { id: leadUserId } })))
    throw new ValidationError('No such user.', { leadUserId: 'No such user.' });
}
