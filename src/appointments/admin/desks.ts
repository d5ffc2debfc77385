import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import { db } from '../../db';
import type { Desk, Prisma } from '../../generated/prisma/client';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import { IdList, READ, TAG, WRITE, checkAllExist, checkLocation, conflictAs, insensitive } from './common';

type DeskWithServices = Desk & { services: { serviceId: string }[] };
const withServices = {
  services: { select: { serviceId: true }, orderBy: { serviceId: 'asc' } },
} satisfies Prisma.DeskInclude;

const present = (d: DeskWithServices) => ({
  id: d.id,
  locationId: d.locationId,
  name: d.name,
  active: d.active,
  serviceIds: d.services.map((s) => s.serviceId),
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

const Body = z.object({
  locationId: z.uuid('A location id is a UUID.'),
  name: z.string().trim().min(1, 'Give the desk a name.').max(100, 'Use at most 100 characters.'),
  active: z.boolean().optional(),
  /** the products this desk serves */
  serviceIds: IdList('service').optional(),
});
type BodyIn = Partial<z.infer<typeof Body>>;

const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  locationId: z.uuid().optional(),
  serviceId: z.uuid().optional(),
  active: z.boolean().optional(),
});

const DUPLICATE = 'This location already has a desk with this name.';

async function find(id: string) {
  const d = await db().desk.findUnique({ where: { id }, include: withServices });
  if (!d) throw new NotFoundError('No such desk.');
  return d;
}

async function check(body: BodyIn, current?: Desk) {
  await checkLocation(body.locationId);
  await checkAllExist(body.serviceIds, 'serviceIds', 'service', (ids) =>
    db().service.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  );
  const locationId = body.locationId ?? current?.locationId;
  const name = body.name ?? current?.name;
  if (
    locationId &&
    name &&
    (await db().desk.findFirst({ where: { locationId, name, id: current ? { not: current.id } : undefined } }))
  ) {
    throw new ConflictError(DUPLICATE, { name: 'Already in use.' });
  }
  if (current && body.locationId && body.locationId !== current.locationId) {
    // the appointments keep the location they were booked at: a desk with upcoming ones cannot move away from under them
    const upcoming = await db().appointment.count({
      where: { deskId: current.id, status: { in: ['booked', 'checked_in'] }, endsAt: { gt: new Date() } },
    });
    if (upcoming) {
      const message = `This desk has ${upcoming} upcoming appointment${upcoming === 1 ? '' : 's'} at its location; move or cancel them first.`;
      throw new ValidationError(message, { locationId: message });
    }
  }
}

/** Writes the desk and, when serviceIds is given, replaces the products it serves; a desk that moves takes its own hours and absences along. */
async function save(current: Desk | undefined, body: BodyIn) {
  const { serviceIds, ...data } = body;
  const savedId = await conflictAs('name', DUPLICATE, () =>
    db().$transaction(async (tx) => {
      const d = current
        ? await tx.desk.update({ where: { id: current.id }, data })
        : await tx.desk.create({ data: data as Prisma.DeskUncheckedCreateInput });
      if (current && d.locationId !== current.locationId) {
        await tx.deskHours.updateMany({ where: { deskId: d.id }, data: { locationId: d.locationId } });
        await tx.deskClosure.updateMany({ where: { deskId: d.id }, data: { locationId: d.locationId } });
      }
      if (serviceIds) {
        await tx.deskService.deleteMany({ where: { deskId: d.id } });
        await tx.deskService.createMany({ data: serviceIds.map((serviceId) => ({ deskId: d.id, serviceId })) });
      }
      return d.id;
    }),
  );
  return present(await find(savedId));
}

export const deskRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/desks',
    tag: TAG,
    summary: 'List the counters, with the products each serves.',
    access: READ,
    query: listQuery(Filter, ['name', 'locationId', 'active', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.DeskWhereInput = {
        id: inOrEq(f.id),
        locationId: f.locationId,
        active: f.active,
        ...(f.serviceId ? { services: { some: { serviceId: f.serviceId } } } : {}),
        ...(f.q ? { name: insensitive(f.q) } : {}),
      };
      await sendList(
        res,
        'desks',
        query.range,
        (page) =>
          db().desk.findMany({
            where,
            include: withServices,
            orderBy: [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }],
            ...page,
          }),
        () => db().desk.count({ where }),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/desks/:id',
    tag: TAG,
    summary: 'One desk.',
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/desks',
    tag: TAG,
    summary: 'Create a desk at a location; serviceIds are the products it serves.',
    access: WRITE,
    body: Body,
    handler: async (_req, _res, { body }) => {
      await check(body);
      return save(undefined, body);
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/desks/:id',
    tag: TAG,
    summary: 'Change a desk; serviceIds, when given, replaces the products it serves.',
    access: WRITE,
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) => {
      const current = await find(params.id);
      await check(body, current);
      return save(current, body);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/desks/:id',
    tag: TAG,
    summary: 'Deactivate a desk (its appointments and history stay).',
    access: WRITE,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      await find(params.id);
      await db().desk.update({ where: { id: params.id }, data: { active: false } });
      return present(await find(params.id));
    },
  }),
];
