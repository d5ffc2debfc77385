import { sql } from '../db';
import type { Language } from '../generated/prisma/enums';
import type { Ticket } from '../generated/prisma/client';
import { fieldList } from '../shared/sqlFields';

/** A row as its table's columns name it (snake_case); undefined leaves the column to its default. */
export type Row = Record<string, unknown>;

export interface TableRows {
  table: string;
  rows: Row[];
  /** a row that is already there is left alone (a provider's file announced twice) */
  skipDuplicates?: boolean;
}

/** Everything a new ticket writes, in an order its foreign keys allow. */
export interface NewTicketRows {
  newContact?: Row;
  /** an existing citizen: a name they gave for the first time, or the language they now write in */
  contactUpdate?: { id: string; name?: string; language?: Language };
  identities: Row[];
  /** the department hands the ticket to an agent (src/migrations: auto_assign), with the event saying so */
  autoAssign?: { departmentId: string; eventId: string; at: Date };
  ticket: Row;
  /** hanging off the ticket: its message, files, timeline, tracking token, outbox rows and a channel's own rows */
  rest: TableRows[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes a new ticket and everything around it as ONE SQL statement (data-modifying CTEs): one round trip, atomic
 * without BEGIN/COMMIT, and the foreign keys are checked at the end of the statement, when every row is there. Rows
 * travel as JSON and are read into each table's own row type (jsonb_populate_recordset), so types, enums and arrays
 * are converted by PostgreSQL and a column not given keeps its default. Returns the ticket as Prisma would.
 */
export async function insertNewTicket(write: NewTicketRows): Promise<Ticket> {
  const params: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  const parts: string[] = [];
  const insert = (name: string, { table, rows, skipDuplicates }: TableRows, extra: Record<string, string> = {}) => {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)))];
    const names = [...columns.map(quote), ...Object.keys(extra).map(quote)].join(', ');
    const values = [...columns.map((c) => `r.${quote(c)}`), ...Object.values(extra)].join(', ');
    parts.push(
      `${name} AS (INSERT INTO ${quote(table)} (${names}) SELECT ${values} FROM jsonb_populate_recordset(NULL::${quote(table)}, ${param(JSON.stringify(rows), 'jsonb')}) r${skipDuplicates ? ' ON CONFLICT DO NOTHING' : ''} RETURNING *)`,
    );
  };
  if (write.newContact) insert('new_contact', { table: 'contact', rows: [write.newContact] });
  if (write.contactUpdate) {
    const { id, name, language } = write.contactUpdate;
    parts.push(
      `contact_update AS (UPDATE "contact" SET "name" = COALESCE("name", ${param(name ?? null, 'text')}), "language" = COALESCE(${param(language ?? null, '"Language"')}, "language"), "updated_at" = now() WHERE "id" = ${param(id, 'uuid')} RETURNING 1)`,
    );
  }
  if (write.identities.length) insert('identities', { table: 'contact_identity', rows: write.identities });
  const assign = write.autoAssign;
  if (assign) parts.push(`assigned AS (SELECT * FROM auto_assign(${param(assign.departmentId, 'uuid')}))`);
  insert(
    'new_ticket',
    { table: 'ticket', rows: [write.ticket] },
    assign ? { assignee_id: '(SELECT assignee_id FROM assigned)' } : {},
  );
  write.rest.forEach((rows, i) => rows.rows.length && insert(`rows_${i}`, rows));
  if (assign)
    parts.push(
      `assigned_event AS (INSERT INTO "ticket_event" ("id", "ticket_id", "type", "data", "created_at") SELECT ${param(assign.eventId, 'uuid')}, ${param(write.ticket.id, 'uuid')}, 'auto_assigned', jsonb_build_object('assigneeId', assignee_id, 'strategy', strategy), ${param(assign.at.toISOString(), 'timestamptz')} FROM assigned WHERE assignee_id IS NOT NULL RETURNING 1)`,
    );
  const [ticket] = await sql<Ticket>(`WITH ${parts.join(',\n')}\nSELECT ${TICKET_FIELDS} FROM new_ticket`, params);
  return ticket;
}

/** The ticket as Prisma's model names it (see fieldList: the statement is prepared). */
const TICKET_FIELDS = fieldList({
  id: 0,
  reference: 0,
  subject: 0,
  status: 0,
  priority: 0,
  channel: 0,
  language: 0,
  contactId: 0,
  departmentId: 0,
  categoryId: 0,
  assigneeId: 0,
  mailboxId: 0,
  latitude: 0,
  longitude: 0,
  address: 0,
  tags: 0,
  attributes: 0,
  open311Token: 0,
  mergedIntoId: 0,
  legalHold: 0,
  anonymisedAt: 0,
  routedByRuleId: 0,
  firstResponseDueAt: 0,
  firstResponseWarnAt: 0,
  firstResponseWarnedAt: 0,
  firstResponseBreachedAt: 0,
  dueAt: 0,
  resolutionWarnAt: 0,
  resolutionWarnedAt: 0,
  resolutionBreachedAt: 0,
  firstResponseAt: 0,
  resolvedAt: 0,
  closedAt: 0,
  version: 0,
  createdAt: 0,
  updatedAt: 0,
} satisfies Record<keyof Ticket, 0>);
