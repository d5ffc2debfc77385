import { db } from '../db';
import { crudStore } from '../shared/crud';
import { ValidationError } from '../shared/errors';

/** Departments: plain administration, the one place their table is read and written. */
export const departments = crudStore((d) => d.department, 'No such department.');

/** A department a record refers to exists; an unknown one is the administrator's typo (a 400 on the field), not a 404. */
export async function checkDepartment(departmentId: string | null | undefined): Promise<void> {
  if (departmentId && !(await departments.exists(departmentId))) {
    throw new ValidationError('No such department.', { departmentId: 'No such department.' });
  }
}

/** The department's lead is a user that exists. */
export async function checkLead(leadUserId: string | null | undefined): Promise<void> {
  if (leadUserId && !(await db().user.findUnique({ where: { id: leadUserId } })))
    throw new ValidationError('No such user.', { leadUserId: 'No such user.' });
}
