import { db } from '../db';
import { NotFoundError } from './errors';

/** The part of a Prisma model delegate (db().category, db().department…) that plain administration needs. */
export interface CrudDelegate<Row, Where, OrderBy, Create, Update> {
  findMany(args: { where?: Where; orderBy?: OrderBy; skip?: number; take?: number }): PromiseLike<Row[]>;
  count(args: { where?: Where }): PromiseLike<number>;
  findUnique(args: { where: { id: string } }): PromiseLike<Row | null>;
  create(args: { data: Create }): PromiseLike<Row>;
  update(args: { where: { id: string }; data: Update }): PromiseLike<Row>;
  delete(args: { where: { id: string } }): PromiseLike<Row>;
}

type Db = ReturnType<typeof db>;

/**
 * The reads and writes of a console resource that has no rules of its own beyond its schema (categories,
 * departments…): the routes stay HTTP only and every query of the table sits in one place. A resource with real
 * operations (tickets, appointments) has its own service instead.
 */
export function crudStore<Row, Where, OrderBy, Create, Update>(
  delegate: (d: Db) => CrudDelegate<Row, Where, OrderBy, Create, Update>,
  notFound: string,
) {
  const table = () => delegate(db());
  return {
    list: async (where: Where, orderBy: OrderBy, page: { skip: number; take: number }): Promise<Row[]> =>
      table().findMany({ where, orderBy, ...page }),
    count: async (where: Where): Promise<number> => table().count({ where }),
    async find(id: string): Promise<Row> {
      const row = await table().findUnique({ where: { id } });
      if (!row) throw new NotFoundError(notFound);
      return row;
    },
    async exists(id: string): Promise<boolean> {
      return (await table().findUnique({ where: { id } })) !== null;
    },
    create: async (data: Create): Promise<Row> => table().create({ data }),
    async update(id: string, data: Update): Promise<Row> {
      await this.find(id);
      return table().update({ where: { id }, data });
    },
    /** Deletes the row and answers it as it was. */
    async remove(id: string): Promise<Row> {
      await this.find(id);
      return table().delete({ where: { id } });
    },
  };
}

/**
 * The console's search box on a list of things named in Dutch and English with a code (categories, document types):
 * either name, in any case, or the code.
 */
export function nameOrCodeSearch(q: string | undefined) {
  if (!q) return {};
  return {
    OR: [
      { nameNl: { contains: q, mode: 'insensitive' as const } },
      { nameEn: { contains: q, mode: 'insensitive' as const } },
      { code: { contains: q.toLowerCase() } },
    ],
  };
}
