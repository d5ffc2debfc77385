import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

// The limit round of the intake benchmark: what this machine's PostgreSQL does when it is asked for exactly the rows
// one web-form ticket leaves behind, one transaction per ticket, at the same concurrency, straight through `pg`
// (no HTTP, no validation, no routing, no Redis). Voordeur ÷ this is how close intake runs to the database.

/** One written row of a ticket, as the intake left it. */
export interface TemplateRow {
  table: string;
  row: Record<string, unknown>;
}

// Tables written per ticket that hang off the ticket or its citizen, in an order that satisfies their foreign keys.
// ticket_search is left out: the database's own trigger writes it when the ticket and message go in, as in intake.
const ORDER = [
  'contact',
  'contact_identity',
  'ticket',
  'message',
  'attachment',
  'ticket_event',
  'tracking_token',
  'notification',
];

/** The rows one ticket left behind (its citizen, identities, messages, events, tracking token, notifications). */
export async function captureTemplate(db: Client, ticketId: string): Promise<TemplateRow[]> {
  const ticket = (await db.query('SELECT to_jsonb(t) AS r FROM ticket t WHERE id = $1', [ticketId])).rows[0]?.r;
  if (!ticket) throw new Error(`no ticket ${ticketId}`);
  const rows: TemplateRow[] = [];
  for (const table of ORDER) {
    const [where, id] =
      table === 'contact'
        ? ['id', ticket.contact_id]
        : table === 'contact_identity'
          ? ['contact_id', ticket.contact_id]
          : table === 'ticket'
            ? ['id', ticketId]
            : ['ticket_id', ticketId];
    const found = await db.query(`SELECT to_jsonb(x) AS r FROM "${table}" x WHERE ${where} = $1`, [id]);
    for (const { r } of found.rows) rows.push({ table, row: r });
  }
  return rows;
}

/** Per table, the columns a copy must change to be a new row: its key, and the text or uuid columns a unique index
 * covers (an enum beside them, like an identity's kind, stays as it is). */
async function uniqueColumns(db: Client, tables: string[]): Promise<Map<string, Set<string>>> {
  const { rows } = await db.query<{ table: string; column: string }>(
    `SELECT i.indrelid::regclass::text AS table, a.attname AS column
     FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indisunique AND i.indrelid::regclass::text = ANY ($1) AND a.atttypid IN ('text'::regtype, 'varchar'::regtype, 'uuid'::regtype)`,
    [tables],
  );
  const out = new Map<string, Set<string>>();
  for (const { table, column } of rows)
    out.set(table.replace(/"/g, ''), (out.get(table.replace(/"/g, '')) ?? new Set()).add(column));
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A copy of the template as a new ticket: every id of the set renewed (and the references between them), every
 * unique value made unique again. */
function copyOf(template: TemplateRow[], unique: Map<string, Set<string>>, n: number): TemplateRow[] {
  const ids = new Map<string, string>();
  for (const { row } of template) ids.set(String(row.id), randomUUID());
  const suffix = `${process.pid.toString(36)}${n.toString(36)}`;
  return template.map(({ table, row }) => {
    const copy: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      if (typeof value === 'string' && ids.has(value)) copy[column] = ids.get(value);
      else if (unique.get(table)?.has(column) && typeof value === 'string')
        copy[column] = UUID.test(value) ? randomUUID() : `${value}-${suffix}`;
      else copy[column] = value;
    }
    return { table, row: copy };
  });
}

/** BENCH_LIMIT_GROUP=8: that many tickets per transaction (what group commit could gain at most; counted per ticket) */
const GROUP = Number(process.env.BENCH_LIMIT_GROUP ?? 1);

export interface LimitResult {
  concurrency: number;
  transactions: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

/** `concurrency` connections, each writing one copied ticket per transaction, sent as one message, for `seconds`. */
export async function limitRound(
  databaseUrl: string,
  template: TemplateRow[],
  concurrency: number,
  seconds: number,
): Promise<LimitResult> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  const unique = await uniqueColumns(admin, [...new Set(template.map((t) => t.table))]);
  await admin.end();
  const clients = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const c = new Client({ connectionString: databaseUrl });
      c.on('error', () => {}); // a connection ended by the benchmark's own end
      await c.connect();
      return c;
    }),
  );
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    clients.map(async (c) => {
      while (Date.now() < until) {
        const rows = Array.from({ length: GROUP }, () => copyOf(template, unique, n++)).flat();
        // the whole transaction in one message (simple query protocol, values as literals): the client's round trips
        // are not what is measured, PostgreSQL writing the rows is
        const sql = [
          'BEGIN',
          ...rows.map(
            ({ table, row }) =>
              `INSERT INTO "${table}" SELECT * FROM jsonb_populate_record(NULL::"${table}", ${c.escapeLiteral(JSON.stringify(row))}::jsonb)`,
          ),
          'COMMIT',
        ].join(';\n');
        const t0 = performance.now();
        await c.query(sql).catch((err: Error) => {
          throw new Error(`limit round: ${err.message}`);
        });
        for (let g = 0; g < GROUP; g++) latencies.push(performance.now() - t0);
      }
    }),
  );
  await Promise.all(clients.map((c) => c.end()));
  return {
    concurrency,
    transactions: latencies.length,
    perSecond: latencies.length / seconds,
    p50Ms: pct(latencies, 50),
    p99Ms: pct(latencies, 99),
  };
}

/** Rows per table of the schema (exact counts: the benchmark's own fresh database is small). */
export async function rowsByTable(db: Client): Promise<Map<string, number>> {
  const { rows } = await db.query<{ relname: string }>(
    `SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname NOT LIKE '\\_%'`,
  );
  const counts = new Map<string, number>();
  for (const { relname } of rows)
    counts.set(relname, Number((await db.query(`SELECT count(*) FROM "${relname}"`)).rows[0].count));
  return counts;
}
