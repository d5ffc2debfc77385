import { db } from '../db';
import type { Priority } from '../generated/prisma/enums';
import { routeTicket, type Rule, type TicketFacts } from './rules';
import { routingSet } from './routingSet';
import { cachedCalendarFor } from './schedule';
import { ValidationError } from '../shared/errors';
import type { ReferenceData } from './referenceData';

export interface RoutingInput {
  facts: TicketFacts;
  /** a department chosen by hand (an agent recording a call) wins over every rule */
  departmentId?: string;
  /** the channel's fallback (a mailbox's department) when neither a rule nor the category decides */
  defaultDepartmentId?: string;
}

export interface RoutingDecision {
  rule?: Pick<Rule, 'id' | 'name'>;
  departmentId: string | null;
  categoryId: string | null;
  priority: Priority;
  tags: string[];
  assigneeId?: string;
  acknowledgement: 'standard' | 'report' | 'none';
}

/**
 * Where a new ticket goes (categories from the reference data intake read, src/routing/referenceData.ts): a department chosen by hand, else the first matching routing rule, else
 * the category's department, else the channel's default. A rule may also set the category,
 * priority, tags, assignee and which acknowledgement the citizen gets.
 */
export async function decideRouting(reference: ReferenceData, input: RoutingInput): Promise<RoutingDecision> {
  const { rules, zones } = await routingSet();
  const needsCalendar = rules.some((r) => r.conditions.outsideOpeningHours !== undefined);
  const openingHours = needsCalendar ? await cachedCalendarFor(null) : undefined;
  const hit = routeTicket(input.facts, rules, { zones, openingHours });
  const actions = hit?.rule.actions ?? {};
  // one read of the category: the citizen's choice must be an active one; a rule's that has since gone is ignored
  const wanted = input.facts.categoryId ?? actions.categoryId ?? null;
  const category = wanted ? reference.categories.get(wanted) : undefined;
  if (input.facts.categoryId && !category?.active)
    throw new ValidationError('Unknown category.', { categoryId: 'Choose one of the listed categories.' });
  const categoryId = category?.id ?? null;
  const assignee = actions.assigneeId
    ? await db().user.findFirst({ where: { id: actions.assigneeId, active: true }, select: { id: true } })
    : null;
  return {
    rule: hit ? { id: hit.rule.id, name: hit.rule.name } : undefined,
    departmentId:
      input.departmentId ?? actions.departmentId ?? category?.departmentId ?? input.defaultDepartmentId ?? null,
    categoryId,
    priority: actions.priority ?? 'normal',
    tags: actions.tags ?? [],
    assigneeId: assignee?.id,
    acknowledgement: actions.acknowledgement ?? 'standard',
  };
}
