import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { ValidationError } from '../shared/errors';
import { EmailField, PhoneField } from '../shared/identities';
import {
  countUsers,
  createUser,
  deactivateUser,
  findUser,
  listUsers,
  updateUser,
  type UserWithDepartments,
} from './service';

const present = (u: UserWithDepartments) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  language: u.language,
  active: u.active,
  available: u.available,
  phone: u.phone,
  /** an authenticator app is set up (another administrator can reset it) */
  secondFactor: u.totpEnabledAt !== null,
  departmentIds: u.memberships.map((m) => m.departmentId),
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
});

const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  role: z.enum(['admin', 'agent', 'staff']).optional(),
  active: z.boolean().optional(),
  departmentIds: z.uuid().optional(),
});
const Password = z.string().min(12, 'Use at least 12 characters.').max(200);
const Fields = {
  email: EmailField,
  name: z.string().trim().min(2).max(200),
  role: z.enum(['admin', 'agent', 'staff']),
  language: z.enum(['nl', 'en']).optional(),
  active: z.boolean().optional(),
  available: z.boolean().optional(),
  departmentIds: z.array(z.uuid()).max(50).optional(),
  /** rung first when this user starts a call-back */
  phone: z.preprocess((v) => (v === '' ? null : v), PhoneField.nullable().optional()),
};
const CreateBody = z
  .object({ ...Fields, password: Password })
  .refine((b) => b.role !== 'staff' || (b.departmentIds?.length ?? 0) > 0, {
    path: ['departmentIds'],
    message: 'Department staff need at least one department.',
  });
const UpdateBody = z
  .object({ ...Fields, password: z.preprocess((v) => (v === '' || v === null ? undefined : v), Password.optional()) })
  .partial();

export const userRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/users',
    tag: 'users',
    summary: 'List users (every logged-in user may read them, to choose an assignee).',
    access: 'user',
    query: listQuery(Filter, ['name', 'email', 'role', 'createdAt', 'lastLoginAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = {
        id: inOrEq(f.id),
        role: f.role,
        active: f.active,
        memberships: f.departmentIds ? { some: { departmentId: f.departmentIds } } : undefined,
        ...(f.q
          ? {
              OR: [
                { name: { contains: f.q, mode: 'insensitive' as const } },
                { email: { contains: f.q.toLowerCase() } },
              ],
            }
          : {}),
      };
      await sendList(
        res,
        'users',
        query.range,
        (page) => listUsers(where, [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], page),
        () => countUsers(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/users/:id',
    tag: 'users',
    summary: 'One user.',
    access: 'user',
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await findUser(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/users',
    tag: 'users',
    summary:
      'Create a user with a role (admin, agent, staff) and, for staff, their departments. The password is stored as an argon2id hash.',
    access: ['admin'],
    body: CreateBody,
    handler: async (_req, _res, { body }) => {
      return present(await createUser(body));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/users/:id',
    tag: 'users',
    summary: "Change a user; a new password ends the user's sessions.",
    access: ['admin'],
    params: IdParam,
    body: UpdateBody,
    handler: async (_req, _res, { params, body }) => {
      return present(await updateUser(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/users/:id',
    tag: 'users',
    summary: 'Deactivate a user and end their sessions (their history stays).',
    access: ['admin'],
    params: IdParam,
    handler: async (req, _res, { params }) => {
      if (params.id === req.user!.id) throw new ValidationError('You cannot deactivate yourself.');
      return present(await deactivateUser(params.id));
    },
  }),
];
