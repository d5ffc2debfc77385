import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { RuleActions, RuleConditions } from './ruleSchema';
import { checkRule, routeTicket, type TicketFacts } from './rules';
import { explainReason } from './reasons';
import { routingSet } from './routingSet';
import { calendarFor } from './schedule';
import { Version } from '../shared/versions';
import {
  categoryNames,
  changeRule,
  countRules,
  createRule,
  factsOfTicket,
  findRule,
  listRules,
  presentRule as present,
  removeRule,
  reorderRules,
} from './ruleService';
import { ChannelField } from '../shared/channels';

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
        (page) => listRules(where, [orderOf(query.sort, ['position', 'asc']), { id: 'asc' }], page),
        () => countRules(where),
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
    handler: async (_req, _res, { params }) => present(await findRule(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/routing-rules',
    tag: 'routing',
    summary: 'Add a rule at the end of the list.',
    access: ['admin'],
    body: Body,
    handler: async (_req, _res, { body }) => {
      return present(await createRule(body));
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
      return present(await changeRule(params.id, version, changes, req.user!.id));
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
      return present(await removeRule(params.id));
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
      await reorderRules(body.ids, req.user!.id);
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
      const tested =
        body.conditions ?? (body.ruleId ? RuleConditions.parse((await findRule(body.ruleId)).conditions) : {});
      const result = checkRule(facts, { conditions: tested }, ctx);
      const winner = routeTicket(facts, rules, ctx);
      // each reason as a code with its values (for programs) and as a sentence in the user's language (for people)
      const categoryIds = result.checks.flatMap((c) => ('categoryId' in c.reason ? [c.reason.categoryId] : []));
      const categories = await categoryNames(categoryIds, req.user!.language);
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
