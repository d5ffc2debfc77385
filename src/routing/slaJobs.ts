import { Worker } from 'bullmq';
import { db } from '../db';
import { config } from '../config';
import { logger } from '../logger';
import { redisConnection } from '../redis';
import { QUEUE, queue } from '../queues';
import { recordEvent } from '../tickets/events';
import { addToOutbox } from '../notifications/outbox';
import { slaBreach, slaWarning } from '../notifications/templates';

const KINDS = [
  {
    kind: 'first_response',
    warnAt: 'first_response_warn_at',
    warned: 'first_response_warned_at',
    due: 'first_response_due_at',
    breached: 'first_response_breached_at',
    extra: 'AND first_response_at IS NULL',
  },
  {
    kind: 'resolution',
    warnAt: 'resolution_warn_at',
    warned: 'resolution_warned_at',
    due: 'due_at',
    breached: 'resolution_breached_at',
    extra: '',
  },
] as const;

interface Claimed {
  id: string;
  reference: string;
  subject: string;
  department_id: string | null;
  due: Date;
  old_priority?: string;
  new_priority?: string;
}

const consoleUrl = (id: string) => `${config().PUBLIC_URL}/admin/#/tickets/${id}/show`;

async function tell(
  ticketId: string,
  recipients: (string | null | undefined)[],
  template: string,
  content: ReturnType<typeof slaWarning>,
) {
  const unique = [...new Set(recipients.filter((r): r is string => Boolean(r)))];
  // the outbox relays hear of the rows when this commits
  await db().$transaction(async (tx) => {
    for (const recipient of unique)
      await addToOutbox(tx, {
        channel: 'email',
        template,
        language: 'nl',
        recipient,
        content,
        ticketId,
        headers: { autoSubmitted: 'auto-generated' },
      });
  });
}

/**
 * Warns the department before a deadline and escalates after it (priority one step up, the lead
 * told). Each step claims its tickets with one UPDATE … WHERE not yet done, so however many workers
 * run and however often, a ticket is warned once and escalated once per deadline.
 */
export async function checkSlas(now = new Date()): Promise<{ warned: number; breached: number }> {
  let warned = 0;
  let breached = 0;
  for (const k of KINDS) {
    const warnings = await db().$queryRawUnsafe<Claimed[]>(
      `UPDATE ticket SET ${k.warned} = $1 WHERE ${k.warnAt} <= $1 AND ${k.warned} IS NULL AND ${k.due} > $1
         AND status IN ('new', 'open') AND merged_into_id IS NULL ${k.extra}
       RETURNING id, reference, subject, department_id, ${k.due} AS due`,
      now,
    );
    for (const t of warnings) {
      const dept = t.department_id ? await db().department.findUnique({ where: { id: t.department_id } }) : null;
      await db().$transaction((tx) =>
        recordEvent(tx, t.id, 'sla_warning', null, { kind: k.kind, dueAt: t.due.toISOString() }),
      );
      await tell(
        t.id,
        [dept?.email],
        'sla_warning',
        slaWarning({
          reference: t.reference,
          subject: t.subject,
          kind: k.kind,
          dueAt: t.due,
          consoleUrl: consoleUrl(t.id),
        }),
      );
      warned++;
    }
    const breaches = await db().$queryRawUnsafe<Claimed[]>(
      `WITH late AS (
         SELECT id, priority FROM ticket WHERE ${k.due} <= $1 AND ${k.breached} IS NULL
           AND status IN ('new', 'open') AND merged_into_id IS NULL ${k.extra}
         FOR UPDATE SKIP LOCKED)
       UPDATE ticket t SET ${k.breached} = $1,
         priority = (CASE late.priority WHEN 'low' THEN 'normal' WHEN 'normal' THEN 'high' ELSE 'urgent' END)::"Priority"
       FROM late WHERE t.id = late.id
       RETURNING t.id, t.reference, t.subject, t.department_id, t.${k.due} AS due, late.priority::text AS old_priority, t.priority::text AS new_priority`,
      now,
    );
    for (const t of breaches) {
      const dept = t.department_id
        ? await db().department.findUnique({ where: { id: t.department_id }, include: { lead: true } })
        : null;
      await db().$transaction(async (tx) => {
        await recordEvent(tx, t.id, 'sla_breached', null, {
          kind: k.kind,
          dueAt: t.due.toISOString(),
          priorityFrom: t.old_priority!,
          priorityTo: t.new_priority!,
        });
        if (t.old_priority !== t.new_priority)
          await recordEvent(tx, t.id, 'priority_changed', null, {
            from: t.old_priority!,
            to: t.new_priority!,
            reason: 'SLA overschreden',
          });
      });
      await tell(
        t.id,
        [dept?.email, dept?.lead?.active ? dept.lead.email : null],
        'sla_breach',
        slaBreach({
          reference: t.reference,
          subject: t.subject,
          kind: k.kind,
          dueAt: t.due,
          consoleUrl: consoleUrl(t.id),
          priorityFrom: t.old_priority,
          priorityTo: t.new_priority,
        }),
      );
      breached++;
    }
  }
  return { warned, breached };
}

export function startSlaWorker(): Worker {
  const worker = new Worker(QUEUE.sla, async () => checkSlas(), {
    connection: redisConnection(),
    prefix: config().REDIS_PREFIX,
    concurrency: 1,
  });
  worker.on('error', (err) => logger.error({ err }, 'sla worker error'));
  worker.on('failed', (_job, err) => logger.warn({ err: err.message }, 'sla check failed'));
  return worker;
}

export async function scheduleSlaChecks(): Promise<void> {
  await queue(QUEUE.sla).upsertJobScheduler('sla-check', { every: config().SLA_CHECK_INTERVAL_MS }, { name: 'check' });
}
