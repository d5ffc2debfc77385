import { db } from '../db';

interface EntryRef {
  entityType: string;
  entityId: string;
}

/**
 * What a person recognises a record by, per audit entry: a ticket's reference, a contact's or user's name, for a
 * message or attachment the reference of its ticket. Looked up per page, one query per kind; erased or unknown
 * records have none.
 */
export async function entityLabels(entries: EntryRef[]): Promise<Map<string, string>> {
  const uuid = /^[0-9a-f-]{36}$/i;
  const idsOf = (type: string) => [
    ...new Set(entries.filter((e) => e.entityType === type && uuid.test(e.entityId)).map((e) => e.entityId)),
  ];
  const [tickets, contacts, users, messages, attachments] = await Promise.all([
    db().ticket.findMany({ where: { id: { in: idsOf('ticket') } }, select: { id: true, reference: true } }),
    db().contact.findMany({ where: { id: { in: idsOf('contact') } }, select: { id: true, name: true } }),
    db().user.findMany({ where: { id: { in: idsOf('user') } }, select: { id: true, name: true } }),
    db().message.findMany({
      where: { id: { in: idsOf('message') } },
      select: { id: true, ticket: { select: { reference: true } } },
    }),
    db().attachment.findMany({
      where: { id: { in: idsOf('attachment') } },
      select: { id: true, filename: true, ticket: { select: { reference: true } } },
    }),
  ]);
  const labels = new Map<string, string>();
  for (const t of tickets) labels.set(`ticket:${t.id}`, t.reference);
  for (const c of contacts) if (c.name) labels.set(`contact:${c.id}`, c.name);
  for (const u of users) labels.set(`user:${u.id}`, u.name);
  for (const m of messages) labels.set(`message:${m.id}`, m.ticket.reference);
  for (const a of attachments) labels.set(`attachment:${a.id}`, `${a.filename} (${a.ticket.reference})`);
  return labels;
}

const REFERENCE_FIELDS = { departmentId: 'department', assigneeId: 'user', categoryId: 'category' } as const;

type Changes = Record<string, { from?: unknown; to?: unknown }>;
const changesIn = (details: unknown): Changes => (details as { changes?: Changes } | null)?.changes ?? {};

/** The names behind the ids a change names (department, assignee, category), so "Dienst Burgerzaken → Milieu" needs no look-up in the console. */
export async function changeNames(
  entries: { details: unknown }[],
  language: 'nl' | 'en',
): Promise<Map<string, string>> {
  const ids = { department: new Set<string>(), user: new Set<string>(), category: new Set<string>() };
  for (const e of entries) {
    for (const [field, change] of Object.entries(changesIn(e.details))) {
      const kind = REFERENCE_FIELDS[field as keyof typeof REFERENCE_FIELDS];
      if (!kind) continue;
      for (const v of [change.from, change.to]) if (typeof v === 'string') ids[kind].add(v);
    }
  }
  const [departments, users, categories] = await Promise.all([
    ids.department.size
      ? db().department.findMany({ where: { id: { in: [...ids.department] } }, select: { id: true, name: true } })
      : [],
    ids.user.size ? db().user.findMany({ where: { id: { in: [...ids.user] } }, select: { id: true, name: true } }) : [],
    ids.category.size
      ? db().category.findMany({
          where: { id: { in: [...ids.category] } },
          select: { id: true, nameNl: true, nameEn: true },
        })
      : [],
  ]);
  return new Map<string, string>([
    ...departments.map((d) => [d.id, d.name] as [string, string]),
    ...users.map((u) => [u.id, u.name] as [string, string]),
    ...categories.map((c) => [c.id, language === 'en' ? c.nameEn || c.nameNl : c.nameNl] as [string, string]),
  ]);
}

/** The names of one entry's changed ids. */
export function namesOf(details: unknown, names: Map<string, string>): Record<string, string> {
  const own: Record<string, string> = {};
  for (const [field, change] of Object.entries(changesIn(details))) {
    if (!(field in REFERENCE_FIELDS)) continue;
    for (const v of [change.from, change.to]) if (typeof v === 'string' && names.has(v)) own[v] = names.get(v)!;
  }
  return own;
}
