import type { Request } from 'express';
import { db } from '../db';
import { randomToken, sha256Hex } from '../shared/tokens';
import { UnauthorizedError, ForbiddenError, NotFoundError } from '../shared/errors';
import type { Device, DeviceKind, Prisma } from '../generated/prisma/client';

export async function createDevice(input: {
  name: string;
  kind: DeviceKind;
  locationId: string;
  userId?: string;
}): Promise<{ device: Device; token: string }> {
  if (!(await db().location.findUnique({ where: { id: input.locationId } })))
    throw new NotFoundError('No such location.');
  const token = randomToken();
  const device = await db().device.create({
    data: {
      name: input.name,
      kind: input.kind,
      locationId: input.locationId,
      createdByUserId: input.userId,
      tokenHash: sha256Hex(token),
    },
  });
  return { device, token };
}

export const listDevices = (
  where: Prisma.DeviceWhereInput,
  orderBy: Prisma.DeviceOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().device.findMany({ where, orderBy, ...page });

export const countDevices = (where: Prisma.DeviceWhereInput) => db().device.count({ where });

/** A stolen kiosk, a replaced screen: its token no longer opens anything. */
export const revokeDevice = (id: string) => db().device.update({ where: { id }, data: { revokedAt: new Date() } });

/** The token a kiosk or screen was given: a header, or (for a screen's EventSource, which cannot send headers) ?device=. */
function tokenOf(req: Request): string | undefined {
  const header = req.get('x-device-token');
  const query = typeof req.query.device === 'string' ? req.query.device : undefined;
  return header ?? query;
}

const seen = new Map<string, number>();

export async function deviceFor(req: Request, kind: DeviceKind): Promise<Device> {
  const token = tokenOf(req);
  if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token))
    throw new UnauthorizedError(
      'This device has no valid token: an administrator sets it up under Apparaten in the console.',
    );
  const device = await db().device.findUnique({ where: { tokenHash: sha256Hex(token) } });
  if (!device || device.revokedAt)
    throw new UnauthorizedError('This device token is unknown or was revoked: ask an administrator for a new one.');
  if (device.kind !== kind) throw new ForbiddenError(`This token belongs to a ${device.kind}, not a ${kind}.`);
  // "last seen" for the administrators' overview, written at most once a minute per device
  if (Date.now() - (seen.get(device.id) ?? 0) > 60_000) {
    seen.set(device.id, Date.now());
    await db().device.update({ where: { id: device.id }, data: { lastSeenAt: new Date() } });
  }
  return device;
}
