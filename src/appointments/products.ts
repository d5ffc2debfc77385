import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../shared/errors';
import { checkDepartment } from '../departments/service';
import { checkAllExist } from './setupChecks';

/** The products citizens come to the counter for (the service table), with the desks that serve each. */
const withDesks = { desks: { select: { deskId: true }, orderBy: { deskId: 'asc' } } } satisfies Prisma.ServiceInclude;

export type ProductWithDesks = Prisma.ServiceGetPayload<{ include: typeof withDesks }>;
/** the product's own fields, and the desks that serve it (given: replaces them) */
export type ProductFields = Partial<Prisma.ServiceUncheckedCreateInput> & { deskIds?: string[] };

export async function findProduct(id: string): Promise<ProductWithDesks> {
  const s = await db().service.findUnique({ where: { id }, include: withDesks });
  if (!s) throw new NotFoundError('No such service.');
  return s;
}

export const listProducts = (
  where: Prisma.ServiceWhereInput,
  orderBy: Prisma.ServiceOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().service.findMany({ where, include: withDesks, orderBy, ...page });

export const countProducts = (where: Prisma.ServiceWhereInput) => db().service.count({ where });

async function check(body: ProductFields) {
  await checkDepartment(body.departmentId);
  await checkAllExist(body.deskIds, 'deskIds', 'desk');
}

/** Writes the product (new when id is undefined) and, when deskIds is given, replaces the desks that serve it, in one transaction. */
export async function saveProduct(id: string | undefined, body: ProductFields): Promise<ProductWithDesks> {
  if (id) await findProduct(id);
  await check(body);
  const { deskIds, ...data } = body;
  const savedId = await db().$transaction(async (tx) => {
    const s = id
      ? await tx.service.update({ where: { id }, data })
      : await tx.service.create({ data: data as Prisma.ServiceUncheckedCreateInput });
    if (deskIds) {
      await tx.deskService.deleteMany({ where: { serviceId: s.id } });
      await tx.deskService.createMany({ data: deskIds.map((deskId) => ({ deskId, serviceId: s.id })) });
    }
    return s.id;
  });
  return findProduct(savedId);
}

/** It can no longer be booked; its appointments keep it. */
export async function deactivateProduct(id: string): Promise<ProductWithDesks> {
  await findProduct(id);
  await db().service.update({ where: { id }, data: { active: false } });
  return findProduct(id);
}

/** The products on offer, by Dutch name, as the public booking page lists them. */
export const activeProducts = () => db().service.findMany({ where: { active: true }, orderBy: { nameNl: 'asc' } });
