import { db, type Tx } from '../db';
import type { Rule } from './rules';
import type { Zone } from './zones';
import { RuleActions, RuleConditions } from './ruleSchema';
import { logger } from '../logger';

const TTL_MS = 5000;
let cached: { at: number; rules: Rule[]; zones: Zone[] } | undefined;

/**
 * The active rules and the zones, read at most every few seconds per process: routing runs on every
 * new ticket, and a change made in the console reaches every api copy within that time.
 */
export async function routingSet(client: Tx = db()): Promise<{ rules: Rule[]; zones: Zone[] }> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached;
  // read through the caller's transaction: a second pool connection per intake could starve the pool
  const ruleRows = await client.routingRule.findMany({
    where: { active: true },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  const zoneRows = await client.zone.findMany();
  const rules: Rule[] = [];
  for (const r of ruleRows) {
    const conditions = RuleConditions.safeParse(r.conditions);
    const actions = RuleActions.safeParse(r.actions);
    // the API validates on the way in; a row that no longer parses (hand-edited) is skipped, not fatal
    if (!conditions.success || !actions.success) {
      logger.warn({ ruleId: r.id }, 'routing rule does not parse; skipped');
      continue;
    }
    rules.push({
      id: r.id,
      name: r.name,
      position: r.position,
      active: r.active,
      conditions: conditions.data,
      actions: actions.data,
    });
  }
  const zones = zoneRows.map((z) => ({ id: z.id, name: z.name, geometry: z.geometry as unknown as Zone['geometry'] }));
  cached = { at: Date.now(), rules, zones };
  return cached;
}

export function forgetRoutingSet(): void {
  cached = undefined;
}
