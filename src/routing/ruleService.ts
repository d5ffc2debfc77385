import { db } from '../db';
import type { Prisma, RoutingRule } from '../generated/prisma/client';
import { NotFoundError, ValidationError } from '../shared/errors';
import { staleVersion } from '../shared/versions';
import { RuleActions, RuleConditions } from './ruleSchema';
import { forgetRoutingSet } from './routingSet';
import type { TicketFacts } from './rules';
import { ticketFor } from '../tickets/access';

/** The routing rules as the console administers them; every write forgets the cached routing set. */
export const presentRule = (r: RoutingRule) => ({
  id: r.id,
  name: r.name,
  position: r.position,
  active: r.active,
  conditions: r.conditions,
  actions: r.actions,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export interface RuleFields {
  name?: string;
  active?: boolean;
  conditions?: RuleConditions;
  actions?: RuleActions;
}

export async function findRule(id: string): Promise<RoutingRule> {
  const r = await db().routingRule.findUnique({ where: { id } });
  if (!r) throw new NotFoundError('No such routing rule.');
  return r;
}

export const listRules = (
  where: Prisma.RoutingRuleWhereInput,
  orderBy: Prisma.RoutingRuleOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().routingRule.findMany({ where, orderBy, ...page });

export const countRules = (where: Prisma.RoutingRuleWhereInput) => db().routingRule.count({ where });

async function checkReferences(b: { actions: RuleActions; conditions: RuleConditions }) {
  const errors: Record<string, string> = {};
  const a = b.actions;
  if (a.departmentId && !(await db().department.findUnique({ where: { id: a.departmentId } })))
    errors['actions.departmentId'] = 'No such department.';
  if (a.categoryId && !(await db().category.findUnique({ where: { id: a.categoryId } })))
    errors['actions.categoryId'] = 'No such category.';
  if (a.assigneeId && !(await db().user.findUnique({ where: { id: a.assigneeId } })))
    errors['actions.assigneeId'] = 'No such user.';
  const zones = b.conditions.zoneIds ?? [];
  if (zones.length && (await db().zone.count({ where: { id: { in: zones } } })) !== new Set(zones).size)
    errors['conditions.zoneIds'] = 'One of these zones does not exist.';
  if (Object.keys(errors).length) throw new ValidationError('The rule refers to things that do not exist.', errors);
}

/** Adds a rule at the end of the list. */
export async function createRule(
  body: Required<Pick<RuleFields, 'actions' | 'conditions'>> & RuleFields & { name: string },
) {
  await checkReferences(body);
  const last = await db().routingRule.aggregate({ _max: { position: true } });
  const rule = await db().routingRule.create({ data: { ...body, position: (last._max.position ?? 0) + 10 } });
  forgetRoutingSet();
  return rule;
}

/** Changes a rule made against `version` (conditions and actions are replaced as a whole); else a 409 and nothing changes. */
export async function changeRule(id: string, version: number, changes: RuleFields, userId: string) {
  const current = await findRule(id);
  await checkReferences({
    conditions: changes.conditions ?? RuleConditions.parse(current.conditions),
    actions: changes.actions ?? RuleActions.parse(current.actions),
  });
  // one compare-and-set: the version trigger counts it up, a count of 0 means someone else saved first
  const { count } = await db().routingRule.updateMany({
    where: { id, version },
    data: { ...changes, updatedByUserId: userId },
  });
  if (count === 0) {
    const now = await db().routingRule.findUnique({
      where: { id },
      include: { updatedBy: { select: { name: true } } },
    });
    if (!now) throw new NotFoundError('No such routing rule.');
    throw staleVersion(
      'deze routeringsregel',
      { name: now.updatedBy?.name ?? null, at: now.updatedAt, changes: [] },
      presentRule(now),
    );
  }
  forgetRoutingSet();
  return findRule(id);
}

/** Deletes a rule and answers it as it was; the tickets it routed keep its name on their timeline. */
export async function removeRule(id: string) {
  const rule = await findRule(id);
  await db().routingRule.delete({ where: { id } });
  forgetRoutingSet();
  return rule;
}

/** Puts the rules in this order: every rule id exactly once, first to last. */
export async function reorderRules(ids: string[], userId: string) {
  const all = await db().routingRule.findMany({ select: { id: true } });
  const known = new Set(all.map((r) => r.id));
  if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
    throw new ValidationError('Send every rule id exactly once, in the new order.', {
      ids: `Expected the ${known.size} rule ids.`,
    });
  }
  await db().$transaction(
    ids.map((id, i) =>
      db().routingRule.update({ where: { id }, data: { position: (i + 1) * 10, updatedByUserId: userId } }),
    ),
  );
  forgetRoutingSet();
}

/** The facts of an existing ticket the user may see, as routing saw (or would see) them when it came in. */
export async function factsOfTicket(user: Parameters<typeof ticketFor>[0], ticketId: string): Promise<TicketFacts> {
  const t = await ticketFor(user, ticketId);
  const first = await db().message.findFirst({
    where: { ticketId, direction: 'inbound' },
    orderBy: { createdAt: 'asc' },
  });
  return {
    channel: t.channel,
    categoryId: t.categoryId,
    subject: t.subject,
    body: first?.bodyText ?? '',
    senderEmail: t.contact?.identities.find((i) => i.kind === 'email')?.value ?? null,
    senderPhone: t.contact?.identities.find((i) => i.kind === 'phone')?.value ?? null,
    language: t.language,
    latitude: t.latitude,
    longitude: t.longitude,
    receivedAt: t.createdAt,
  };
}

/** Category names in the user's language, for the sentences that explain a dry run. */
export async function categoryNames(ids: string[], language: 'nl' | 'en'): Promise<Map<string, string>> {
  const rows = await db().category.findMany({
    where: { id: { in: ids } },
    select: { id: true, nameNl: true, nameEn: true },
  });
  return new Map(rows.map((c) => [c.id, language === 'en' ? c.nameEn || c.nameNl : c.nameNl]));
}
