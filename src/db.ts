import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { createHash } from 'node:crypto';
import { PrismaClient } from './generated/prisma/client';
import { config } from './config';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

let client: PrismaClient | undefined;
let pool: pg.Pool | undefined;
const wholeTransaction = new AsyncLocalStorage<PrismaClient>();

export function db(): PrismaClient {
  const joined = wholeTransaction.getStore();
  if (joined) return joined;
  if (!client) {
    // one pool for Prisma and for the few statements sent straight through pg (sql() below)
    pool = new pg.Pool({ connectionString: config().DATABASE_URL, max: config().DATABASE_POOL_SIZE });
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    // bursts of new tickets wait their turn for a connection and for the department row they are assigned
    // under, rather than failing after Prisma's default 2 s
    client = new PrismaClient({
      adapter,
      transactionOptions: { maxWait: 15_000, timeout: 20_000 },
      // only for sorting; a bigint in a JSON answer would fail
      omit: { ticketEvent: { seq: true } },
    });
  }
  return client;
}

/**
 * Runs work that writes through db() in many places (the demo seed) as one transaction: every db() call inside,
 * and every $transaction it opens, joins the same one, so a failure halfway leaves nothing behind.
 */
export async function inOneTransaction<T>(work: () => Promise<T>, options: { timeout: number }): Promise<T> {
  return db().$transaction((tx) => {
    const joined = new Proxy(tx, {
      get: (target, key, receiver) =>
        key === '$transaction'
          ? async (arg: unknown) => {
              if (typeof arg === 'function') return arg(tx);
              const results = [];
              for (const query of arg as Promise<unknown>[]) results.push(await query);
              return results;
            }
          : Reflect.get(target, key, receiver),
    }) as unknown as PrismaClient;
    return wholeTransaction.run(joined, work);
  }, options);
}

/**
 * A statement sent straight through pg on Prisma's own pool, for the hottest paths (intake's read and write), where
 * Prisma's work per query counts. Statements are prepared, so their texts must come in a few shapes only. Rows come as pg gives them (snake_case columns, int8 as a string). Inside
 * inOneTransaction it goes through that transaction instead, so it sees and joins what the transaction wrote.
 */
export async function sql<Row>(text: string, values: unknown[]): Promise<Row[]> {
  const joined = wholeTransaction.getStore();
  if (joined) return joined.$queryRawUnsafe<Row[]>(text, ...values);
  db();
  return (await pool!.query({ name: statementName(text), text, values })).rows as Row[];
}

/**
 * Prepared once per connection under a name that is its text's hash: parsed and planned once, not per ticket. The
 * names are kept, as hashing a statement of some kilobytes on every call cost a tenth of a millisecond; the texts
 * are a few dozen shapes, so the map stays small (and is emptied should it ever not).
 */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `vd_${createHash('sha1').update(text).digest('base64url')}`;
    if (statementNames.size >= 1_000) statementNames.clear();
    statementNames.set(text, name);
  }
  return name;
}

/** NOTIFY on its own connection from the pool, never inside the caller's transaction (see signalOutbox). */
export async function notify(channel: string): Promise<void> {
  db();
  await pool!.query(`NOTIFY ${channel}`);
}

/** Inside inOneTransaction: what is read may still be rolled back, so it must not be kept beyond it. */
export function inJoinedTransaction(): boolean {
  return wholeTransaction.getStore() !== undefined;
}

export async function closeDb(): Promise<void> {
  await client?.$disconnect();
  // ended by Prisma's disconnect when Prisma had used it; sql() may have used it alone
  if (pool && !pool.ended) await pool.end();
  client = undefined;
  pool = undefined;
}
