import { db } from '../db';
import { crudStore } from '../shared/crud';

/** Categories (contact reasons): plain administration, the one place their table is read and written. */
export const categories = crudStore((d) => d.category, 'No such category.');

/** The categories a citizen may choose on the public form, by Dutch name. */
export const publicCategories = () =>
  db().category.findMany({ where: { active: true, public: true }, orderBy: { nameNl: 'asc' } });
