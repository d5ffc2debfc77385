import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { db } from '../db';
import type { RoutingRule } from '../generated/prisma/client';
import { NotFoundError, ValidationError } from '../shared/errors';
import { ticketFor } from '../tickets/access';
import { RuleActions, RuleConditions } from './ruleSchema';
import { checkRule, routeTicket, type TicketFacts } from './rules';
import { explainReason } from './reasons';
import { forgetRoutingSet, routingSet } from './routingSet';
import { calendarFor } from './schedule';
import { staleVersion, Version } from '../shared/versions';
import { ChannelField } from '../shared/channels';

const present = (r: RoutingRule) => ({
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
const Body = z.object({
  name: z.string().trim().min(2).max(200),
  active: z.boolean().default(true),
  conditions: RuleConditions.default({}),
  actions: RuleActions,
});
const Filter = z.strictObject({
  id: oneOrMany(z.uuid()).optional(),
  active: z.boolean().optional(),
  q: z.string().max(100).optional(),
});

const Sample = z.object({
  channel: ChannelField.default('web'),
  subject: z.string().max(500).default(''),
  body: z.string().max(20000).default(''),
  senderEmail: z.string().max(254).optional(),
  senderPhone: z.string().max(40).optional(),
  language: z.enum(['nl', 'en']).default('nl'),
  categoryId: z.uuid().optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  receivedAt: z.coerce.date().optional(),
});
const DryRunBody = z
  .object({
    conditions: RuleConditions.optional(),
    ruleId: z.uuid().optional(),
    ticketId: z.uuid().optional(),
    sample: Sample.optional(),
    actions: z.unknown().optional(),
  })
  .refine((b) => Boolean(b.ticketId) !== Boolean(b.sample), {
    message: 'Test against a ticket (ticketId) or a sample, not both or neither.',
    path: ['ticketId'],
  });

async function find(id: string) {
  const r = await db().routingRule.findUnique({ where: { id } });
  if (!r) throw new NotFoundError('No such routing rule.');
  return r;
}

async function checkReferences(b: {
  actions: z.infer<typeof RuleActions>;
  conditions: z.infer<typeof RuleConditions>;
}) {
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

/** The facts of an existing ticket, as routing saw (or would see) them when it came in. */
async function factsOfTicket(req: Parameters<typeof ticketFor>[0], ticketId: string): Promise<TicketFacts> {
  const t = await ticketFor(req, ticketId);
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

export const ruleRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/routing-rules',
    tag: 'routing',
    summary: 'Routing rules in the order they are tried: the first active rule whose conditions all match decides.',
    access: ['admin', 'agent'],
    query: listQuery(Filter, ['position', 'name', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = {
        id: inOrEq(f.id),
        active: f.active,
        name: f.q ? { contains: f.q, mode: 'insensitive' as const } : undefined,
      };
      await sendList(
        res,
        'routing-rules',
        query.range,
        (page) =>
          db().routingRule.findMany({
            where,
            orderBy: [orderOf(query.sort, ['position', 'asc']), { id: 'asc' }],
            ...page,
          }),
        () => db().routingRule.count({ where }),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/routing-rules/:id',
    tag: 'routing',
    summary: 'One routing rule.',
    access: ['admin', 'agent'],
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/routing-rules',
    tag: 'routing',
    summary: 'Add a rule at the end of the list.',
    access: ['admin'],
    body: Body,
    handler: async (_req, _res, { body }) => {
      await checkReferences(body);
      const last = await db().routingRule.aggregate({ _max: { position: true } });
      const rule = await db().routingRule.create({ data: { ...body, position: (last._max.position ?? 0) + 10 } });
      forgetRoutingSet();
      return present(rule);
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/routing-rules/:id',
    tag: 'routing',
    summary:
      'Change a rule (conditions and actions are replaced as a whole); with the version you read, else 409 and nothing changes.',
    access: ['admin'],
    params: IdParam,
    body: Body.partial().extend({ actions: RuleActions.optional(), version: Version }),
    responses: { 409: 'Changed by someone else since the given version; nothing was changed.' },
    handler: async (req, _res, { params, body: { version, ...changes } }) => {
      const current = await find(params.id);
      await checkReferences({
        conditions: changes.conditions ?? RuleConditions.parse(current.conditions),
        actions: changes.actions ?? RuleActions.parse(current.actions),
      });
      // one compare-and-set: the version trigger counts it up, a count of 0 means someone else saved first
      const { count } = await db().routingRule.updateMany({
        where: { id: params.id, version },
        data: { ...changes, updatedByUserId: req.user!.id },
      });
      if (count === 0) {
        const now = await db().routingRule.findUnique({
          where: { id: params.id },
          include: { updatedBy: { select: { name: true } } },
        });
        if (!now) throw new NotFoundError('No such routing rule.');
        throw staleVersion(
          'deze routeringsregel',
          { name: now.updatedBy?.name ?? null, at: now.updatedAt, changes: [] },
          present(now),
        );
      }
      forgetRoutingSet();
      return present(await find(params.id));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/routing-rules/:id',
    tag: 'routing',
    summary: 'Delete a rule; the tickets it routed keep its name on their timeline.',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      const rule = await find(params.id);
      await db().routingRule.delete({ where: { id: params.id } });
      forgetRoutingSet();
      return present(rule);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/routing-rules/reorder',
    tag: 'routing',
    summary: 'Put the rules in this order (all rule ids, first to last).',
    access: ['admin'],
    body: z.object({ ids: z.array(z.uuid()).min(1).max(1000) }),
    handler: async (req, res, { body }) => {
      const all = await db().routingRule.findMany({ select: { id: true } });
      const known = new Set(all.map((r) => r.id));
      if (
        body.ids.length !== known.size ||
        new Set(body.ids).size !== body.ids.length ||
        body.ids.some((id) => !known.has(id))
      ) {
        throw new ValidationError('Send every rule id exactly once, in the new order.', {
          ids: `Expected the ${known.size} rule ids.`,
        });
      }
      await db().$transaction(
        body.ids.map((id, i) =>
          db().routingRule.update({ where: { id }, data: { position: (i + 1) * 10, updatedByUserId: req.user!.id } }),
        ),
      );
      forgetRoutingSet();
      res.status(200).json({ ok: true });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/routing-rules/dry-run',
    tag: 'routing',
    summary:
      'Test conditions (e.g. an unsaved rule) against an existing ticket or a sample text: each condition with matched and why ' +
      "(reason: a code with its values; detail: that reason as a sentence in the user's language), " +
      'and which saved rule would route it today.',
    access: ['admin', 'agent'],
    body: DryRunBody,
    handler: async (req, res, { body }) => {
      const facts: TicketFacts = body.ticketId
        ? await factsOfTicket(req.user!, body.ticketId)
        : {
            ...body.sample!,
            senderEmail: body.sample!.senderEmail?.toLowerCase() ?? null,
            receivedAt: body.sample!.receivedAt ?? new Date(),
          };
      const { rules, zones } = await routingSet();
      const ctx = { zones, openingHours: await calendarFor(null) };
      const tested = body.conditions ?? (body.ruleId ? RuleConditions.parse((await find(body.ruleId)).conditions) : {});
      const result = checkRule(facts, { conditions: tested }, ctx);
      const winner = routeTicket(facts, rules, ctx);
      // each reason as a code with its values (for programs) and as a sentence in the user's language (for people)
      const categoryIds = result.checks.flatMap((c) => ('categoryId' in c.reason ? [c.reason.categoryId] : []));
      const categories = new Map(
        (
          await db().category.findMany({
            where: { id: { in: categoryIds } },
            select: { id: true, nameNl: true, nameEn: true },
          })
        ).map((c) => [c.id, req.user!.language === 'en' ? c.nameEn || c.nameNl : c.nameNl]),
      );
      const checks = result.checks.map((c) => ({
        ...c,
        detail: explainReason(c.reason, req.user!.language, { categories }),
      }));
      res.status(200).json({
        matched: result.matched,
        checks,
        winner: winner ? { ruleId: winner.rule.id, ruleName: winner.rule.name } : null,
      });
    },
  }),
];
