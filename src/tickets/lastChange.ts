import { db } from '../db';
import type { TicketEvent } from '../generated/prisma/client';
import type { LastChange } from '../shared/versions';
import { inWrittenOrder } from './timeline';
import { wordOf, wordsFor } from '../shared/words';

// the conflict message is Dutch, as the console's other server messages
const { ticketStatus: STATUS, priority: PRIORITY } = wordsFor('nl');

// events of one change are written by one transaction, within moments of each other
const SAME_CHANGE_MS = 5_000;

type Names = { users: Map<string, string>; departments: Map<string, string>; categories: Map<string, string> };

/** What one timeline event changed, in a few Dutch words. */
function describe(e: TicketEvent, names: Names): string {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const to = d.to as string | null | undefined;
  switch (e.type) {
    case 'status_changed':
      return `status: ${wordOf(STATUS, to ?? '')}`;
    case 'priority_changed':
      return `prioriteit: ${wordOf(PRIORITY, to ?? '')}`;
    case 'category_changed':
      return `categorie: ${to ? (names.categories.get(to) ?? 'andere') : 'geen'}`;
    case 'department_changed':
      return `dienst: ${to ? (names.departments.get(to) ?? 'andere') : 'geen'}`;
    case 'assigned':
    case 'auto_assigned':
      return to ? `toegewezen aan ${names.users.get(to) ?? 'een collega'}` : 'niet meer toegewezen';
    case 'subject_changed':
      return `onderwerp: "${to}"`;
    case 'tags_changed':
      return `labels: ${Array.isArray(d.to) && d.to.length ? d.to.join(', ') : 'geen'}`;
    case 'replied':
      return 'antwoord aan de burger';
    case 'note_added':
      return 'interne notitie';
    case 'message_received':
      return 'nieuw bericht van de burger';
    case 'merged':
      return `samengevoegd met ${String(d.sourceReference ?? 'een ander ticket')}`;
    case 'merged_into':
      return `samengevoegd in ${String(d.targetReference ?? 'een ander ticket')}`;
    case 'routed':
      return 'doorgestuurd door de routering';
    case 'sla_warning':
      return 'waarschuwing: deadline nadert';
    case 'sla_breached':
      return 'deadline overschreden';
    default:
      return e.type.replace(/_/g, ' ');
  }
}

/**
 * The most recent change to a ticket as its timeline tells it: who, when and which fields. When the row was
 * changed later than its last event (a change that leaves no timeline trace), only the moment is known.
 */
export async function lastTicketChange(ticketId: string): Promise<LastChange | null> {
  const ticket = await db().ticket.findUnique({ where: { id: ticketId }, select: { updatedAt: true } });
  if (!ticket) return null;
  const latest = await db().ticketEvent.findMany({
    where: { ticketId },
    orderBy: inWrittenOrder({ createdAt: 'desc' }),
    take: 20,
  });
  const first = latest[0];
  if (!first || first.createdAt.getTime() < ticket.updatedAt.getTime() - SAME_CHANGE_MS)
    return { name: null, at: ticket.updatedAt, changes: [] };
  const group = latest
    .filter(
      (e) => e.actorUserId === first.actorUserId && first.createdAt.getTime() - e.createdAt.getTime() <= SAME_CHANGE_MS,
    )
    .reverse();
  const ids = (type: string[]) =>
    group
      .filter((e) => type.includes(e.type))
      .map((e) => (e.data as { to?: unknown } | null)?.to)
      .filter((v): v is string => typeof v === 'string');
  const userIds = [...ids(['assigned', 'auto_assigned']), ...(first.actorUserId ? [first.actorUserId] : [])];
  const [users, departments, categories] = await Promise.all([
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db().department.findMany({ where: { id: { in: ids(['department_changed']) } }, select: { id: true, name: true } }),
    db().category.findMany({ where: { id: { in: ids(['category_changed']) } }, select: { id: true, nameNl: true } }),
  ]);
  const names: Names = {
    users: new Map(users.map((u) => [u.id, u.name])),
    departments: new Map(departments.map((d) => [d.id, d.name])),
    categories: new Map(categories.map((c) => [c.id, c.nameNl])),
  };
  const name = first.actorUserId
    ? (names.users.get(first.actorUserId) ?? null)
    : first.type === 'message_received'
      ? 'De burger'
      : 'Voordeur (automatisch)';
  return { name, at: first.createdAt, changes: [...new Set(group.map((e) => describe(e, names)))] };
}
