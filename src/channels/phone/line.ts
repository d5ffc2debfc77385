import { db } from '../../db';
import type { PhoneLine } from '../../generated/prisma/client';
import { cachedCalendarFor } from '../../routing/schedule';
import type { MenuChoice } from './prompts';
import { clock } from '../../shared/clock';

export type PhoneTarget =
  | { kind: 'number'; value: string }
  | { kind: 'sip'; value: string }
  | { kind: 'client'; value: string }
  | { kind: 'queue'; value: string };

export function parsePhoneTarget(target: string | null | undefined): PhoneTarget | undefined {
  if (!target) return undefined;
  if (target.startsWith('+')) return { kind: 'number', value: target };
  if (target.startsWith('sip:')) return { kind: 'sip', value: target };
  if (target.startsWith('client:')) return { kind: 'client', value: target.slice('client:'.length) };
  if (target.startsWith('queue:')) return { kind: 'queue', value: target.slice('queue:'.length) };
  return undefined;
}

const UNCONFIGURED: PhoneLine = {
  id: 1,
  closed: false,
  closedReason: null,
  closedAt: null,
  closedByUserId: null,
  appointmentsDepartmentId: null,
  reportsDepartmentId: null,
  agentsDepartmentId: null,
  updatedAt: new Date(0),
};

/** The central line's settings: read on every call, so only read (it is written by changePhoneLine). */
export async function phoneLine(): Promise<PhoneLine> {
  return (await db().phoneLine.findUnique({ where: { id: 1 } })) ?? UNCONFIGURED;
}

export interface LineChange {
  closed?: boolean;
  closedReason?: string | null;
  appointmentsDepartmentId?: string | null;
  reportsDepartmentId?: string | null;
  agentsDepartmentId?: string | null;
}

export async function changePhoneLine(userId: string, change: LineChange) {
  const closing =
    change.closed === undefined
      ? {}
      : change.closed
        ? { closed: true, closedAt: new Date(), closedByUserId: userId }
        : { closed: false, closedAt: null, closedByUserId: null, closedReason: null };
  const data = { ...change, ...closing, ...(change.closed === false ? { closedReason: null } : {}) };
  return db().phoneLine.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}

export type Routing =
  | { kind: 'closed'; reason: 'line_closed' | 'outside_hours' | 'no_target'; departmentId?: string }
  | { kind: 'connect'; departmentId?: string; target: PhoneTarget };

/**
 * Where a caller who chose `choice` goes now: the line closed by hand sends everyone to voicemail; otherwise the
 * chosen department takes the call while its calendar says it is open (falling back to the agents' department
 * when it has no phone of its own).
 */
export async function routeCall(choice: Exclude<MenuChoice, 'status' | 'english'>, at = clock.now()): Promise<Routing> {
  const line = await phoneLine();
  if (line.closed) return { kind: 'closed', reason: 'line_closed' };
  const chosen =
    { appointments: line.appointmentsDepartmentId, reports: line.reportsDepartmentId, agent: line.agentsDepartmentId }[
      choice
    ] ?? line.agentsDepartmentId;
  const candidates = [...new Set([chosen, line.agentsDepartmentId].filter((id): id is string => !!id))];
  const departments = await db().department.findMany({ where: { id: { in: candidates }, active: true } });
  const department = candidates
    .map((id) => departments.find((d) => d.id === id))
    .find((d) => d && parsePhoneTarget(d.phoneTarget));
  if (!department) return { kind: 'closed', reason: 'no_target', departmentId: chosen ?? undefined };
  const calendar = await cachedCalendarFor(department.id);
  if (!calendar.isOpen(at)) return { kind: 'closed', reason: 'outside_hours', departmentId: department.id };
  return { kind: 'connect', departmentId: department.id, target: parsePhoneTarget(department.phoneTarget)! };
}
