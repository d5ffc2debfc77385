import { db } from '../db';
import { crudStore } from '../shared/crud';
import { ValidationError } from '../shared/errors';
import { departments } from '../departments/service';

/** Categories (contact reasons): plain administration, the one place their table is read and written. */
export const categories = crudStore((d) => d.category, 'No such category.');

/** A category routes to a department that exists; an unknown one is the administrator's typo, not a 404. */
export async function checkDepartment(departmentId: string | null | undefined): Promise<void> {
  if (departmentId && !(await departments.exists(departmentId))) {
    throw new ValidationError('No such department.', { departmentId: 'No such department.' });
  }
}

/** The categories a citizen may choose on the public form, by Dutch name. */
export const publicCategories = () =>
  db().category.findMany({ where: { active: true, public: true }, orderBy: { nameNl: 'asc' } });
