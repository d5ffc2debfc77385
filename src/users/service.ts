import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError, ValidationError } from '../shared/errors';
import { hashPassword } from '../auth/password';

/** Console users and their departments: the one place the user table is administered. */
const include = { memberships: true } as const;

export type UserWithDepartments = Prisma.UserGetPayload<{ include: typeof include }>;

export interface UserFields {
  email?: string;
  name?: string;
  role?: 'admin' | 'agent' | 'staff';
  language?: 'nl' | 'en';
  active?: boolean;
  available?: boolean;
  phone?: string | null;
  departmentIds?: string[];
  password?: string;
}

export async function findUser(id: string): Promise<UserWithDepartments> {
  const u = await db().user.findUnique({ where: { id }, include });
  if (!u) throw new NotFoundError('No such user.');
  return u;
}

export const listUsers = (
  where: Prisma.UserWhereInput,
  orderBy: Prisma.UserOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().user.findMany({ where, include, orderBy, ...page });

export const countUsers = (where: Prisma.UserWhereInput) => db().user.count({ where });

async function checkDepartments(ids: string[] | undefined) {
  if (!ids?.length) return;
  const found = await db().department.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size)
    throw new ValidationError('Unknown department.', { departmentIds: 'One of these departments does not exist.' });
}

/** The password is stored as an argon2id hash. */
export async function createUser(
  body: UserFields & Required<Pick<UserFields, 'email' | 'name' | 'role' | 'password'>>,
): Promise<UserWithDepartments> {
  await checkDepartments(body.departmentIds);
  const { password, departmentIds, ...data } = body;
  return db().user.create({
    data: {
      ...data,
      passwordHash: await hashPassword(password),
      memberships: { create: (departmentIds ?? []).map((departmentId) => ({ departmentId })) },
    },
    include,
  });
}

/** A new password or a deactivation ends the user's sessions. */
export async function updateUser(id: string, body: UserFields): Promise<UserWithDepartments> {
  await findUser(id);
  await checkDepartments(body.departmentIds);
  const { password, departmentIds, ...data } = body;
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id },
      data: { ...data, ...(password ? { passwordHash: await hashPassword(password) } : {}) },
    });
    if (departmentIds) {
      await tx.departmentMembership.deleteMany({ where: { userId: id } });
      await tx.departmentMembership.createMany({
        data: departmentIds.map((departmentId) => ({ userId: id, departmentId })),
      });
    }
    if (password || data.active === false) await tx.session.deleteMany({ where: { userId: id } });
  });
  return findUser(id);
}

/** Deactivates a user and ends their sessions; their history stays. */
export async function deactivateUser(id: string): Promise<UserWithDepartments> {
  await findUser(id);
  await db().$transaction([
    db().user.update({ where: { id }, data: { active: false } }),
    db().session.deleteMany({ where: { userId: id } }),
  ]);
  return findUser(id);
}

const signatureFields = { name: true, signature: true } as const;

/** A user's own signature for answers to citizens (null: their name and the town). */
export const signatureOf = (userId: string) =>
  db().user.findUniqueOrThrow({ where: { id: userId }, select: signatureFields });

/** An empty signature goes back to the default. */
export const setSignature = (userId: string, signature: string | null) =>
  db().user.update({ where: { id: userId }, data: { signature: signature || null }, select: signatureFields });
