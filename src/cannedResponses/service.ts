import type { Principal } from '../auth/principal';
import { config } from '../config';
import { db } from '../db';
import type { CannedResponse, Prisma } from '../generated/prisma/client';
import type { Priority, TicketStatus } from '../generated/prisma/enums';
import { ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import { assertKnownPlaceholders, fillPlaceholders } from '../notifications/placeholders';
import { PUBLIC_STATUS } from '../reports/publicReports';
import { ticketFor } from '../tickets/access';
import { updateTicket, type TicketChanges } from '../tickets/update';
import { cannedScope, mayWrite, type CannedVisibility } from './policy';

/** What a canned reply may use; anything else in {{…}} is refused when saving. */
export const CANNED_VARIABLES = [
  'name',
  'reference',
  'subject',
  'status',
  'agent',
  'department',
  'category',
  'town',
] as const;

export interface CannedFields {
  title: string;
  bodyNl: string;
  bodyEn: string;
  departmentId: string | null;
  ownerId: string | null;
  setStatus: TicketStatus | null;
  setPriority: Priority | null;
  setCategoryId: string | null;
  setDepartmentId: string | null;
  addTags: string[];
}

async function activeDepartment(id: string) {
  return db().department.findFirst({ where: { id, active: true } });
}

/** A macro may only name departments and categories that exist and are in use: checked on save and again on use. */
async function checkTargets(
  f: Pick<CannedFields, 'departmentId' | 'setDepartmentId' | 'setCategoryId'>,
): Promise<void> {
  const errors: Record<string, string> = {};
  if (f.departmentId && !(await activeDepartment(f.departmentId)))
    errors.departmentId = 'No such department, or it was deactivated.';
  if (f.setDepartmentId && !(await activeDepartment(f.setDepartmentId)))
    errors.setDepartmentId = 'No such department, or it was deactivated.';
  if (f.setCategoryId && !(await db().category.findFirst({ where: { id: f.setCategoryId, active: true } })))
    errors.setCategoryId = 'No such category, or it was deactivated.';
  if (Object.keys(errors).length) {
    throw new ValidationError(
      `This canned reply names a department or category that does not exist (any more): ${Object.keys(errors).join(', ')}.`,
      errors,
    );
  }
}

function checkWrite(user: Principal, v: CannedVisibility): void {
  if (v.ownerId && v.ownerId !== user.id)
    throw new ForbiddenError(
      'A personal canned reply belongs to the one who writes it; leave the owner empty or choose yourself.',
    );
  if (!mayWrite(user, v))
    throw new ForbiddenError('Department staff write canned replies for their own departments or for themselves only.');
}

async function checkFields(user: Principal, f: CannedFields): Promise<void> {
  checkWrite(user, f);
  assertKnownPlaceholders({ title: f.title, bodyNl: f.bodyNl, bodyEn: f.bodyEn }, CANNED_VARIABLES);
  await checkTargets(f);
}

export async function findCanned(user: Principal, id: string): Promise<CannedResponse> {
  const r = await db().cannedResponse.findFirst({ where: { id, ...cannedScope(user) } });
  if (!r) throw new NotFoundError('No such canned reply, or it is not visible to you.');
  return r;
}

export async function createCanned(user: Principal, f: CannedFields) {
  await checkFields(user, f);
  return db().cannedResponse.create({ data: f });
}

export async function updateCanned(user: Principal, id: string, changes: Partial<CannedFields>) {
  const current = await findCanned(user, id);
  checkWrite(user, current);
  const next: CannedFields = { ...current, ...changes };
  await checkFields(user, next);
  return db().cannedResponse.update({ where: { id }, data: changes });
}

export async function deleteCanned(user: Principal, id: string) {
  const current = await findCanned(user, id);
  checkWrite(user, current);
  await db().cannedResponse.delete({ where: { id } });
  return current;
}

/** The macro's changes as a normal ticket update: only what it sets, tags added to the ticket's own. */
function macroChanges(r: CannedResponse, tags: string[]): TicketChanges {
  const changes: TicketChanges = {};
  if (r.setStatus) changes.status = r.setStatus;
  if (r.setPriority) changes.priority = r.setPriority;
  if (r.setCategoryId) changes.categoryId = r.setCategoryId;
  if (r.setDepartmentId) changes.departmentId = r.setDepartmentId;
  if (r.addTags.length) changes.tags = [...new Set([...tags, ...r.addTags])];
  return changes;
}

/**
 * Uses a canned reply on a ticket: its actions go through the ticket update (timeline, audit, status message), then
 * the text in the ticket's language is filled in for this ticket as it now is. With `version` (the ticket as the agent
 * sees it), a ticket a colleague changed since is a 409, as any other save.
 */
export async function applyCanned(user: Principal, ticketId: string, cannedId: string, version?: number) {
  const canned = await findCanned(user, cannedId);
  const before = await ticketFor(user, ticketId);
  await checkTargets({
    departmentId: null,
    setDepartmentId: canned.setDepartmentId,
    setCategoryId: canned.setCategoryId,
  });
  const changes = macroChanges(canned, before.tags);
  const updated = Object.keys(changes).length
    ? await updateTicket(user, ticketId, changes, version ?? before.version)
    : before;
  const [department, category] = await Promise.all([
    updated.departmentId ? db().department.findUnique({ where: { id: updated.departmentId } }) : null,
    updated.categoryId ? db().category.findUnique({ where: { id: updated.categoryId } }) : null,
  ]);
  const lang = updated.language;
  const vars: Record<(typeof CANNED_VARIABLES)[number], string> = {
    name: before.contact?.name || (lang === 'en' ? 'citizen' : 'burger'),
    reference: updated.reference,
    subject: updated.subject,
    status: PUBLIC_STATUS[lang][updated.status],
    agent: user.name,
    department: department?.name ?? (lang === 'en' ? 'Front desk' : 'Onthaal'),
    category: category ? (lang === 'en' ? category.nameEn : category.nameNl) : '',
    town: config().MUNICIPALITY_NAME,
  };
  const body = lang === 'en' && canned.bodyEn.trim() ? canned.bodyEn : canned.bodyNl;
  return { text: fillPlaceholders(body, vars), language: lang, changed: Object.keys(changes), ticket: updated };
}

export function listWhere(
  user: Principal,
  f: { q?: string; id?: string | string[]; departmentId?: string | null },
): Prisma.CannedResponseWhereInput {
  return {
    AND: [
      cannedScope(user),
      f.q ? { title: { contains: f.q, mode: 'insensitive' } } : {},
      f.id ? { id: Array.isArray(f.id) ? { in: f.id } : f.id } : {},
      f.departmentId !== undefined ? { departmentId: f.departmentId } : {},
    ],
  };
}

export const listCanned = (
  where: Prisma.CannedResponseWhereInput,
  orderBy: Prisma.CannedResponseOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().cannedResponse.findMany({ where, orderBy, ...page });

export const countCanned = (where: Prisma.CannedResponseWhereInput) => db().cannedResponse.count({ where });
