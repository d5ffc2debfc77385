import pg from 'pg';
import { Prisma } from '../generated/prisma/client';

/** unique violation, serialization failure */
const CONFLICT_CODES = ['23505', '40001'];

/** Unique violations and serialization failures mean a concurrent writer won; the operation is safe to run again. */
function isRetryable(err: unknown): boolean {
  // a statement sent straight through pg (intake's, src/db.ts sql())
  if (err instanceof pg.DatabaseError) return CONFLICT_CODES.includes(err.code ?? '');
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (err.code === 'P2002' || err.code === 'P2034') return true;
  // a raw statement through Prisma (sql() inside inOneTransaction) reports PostgreSQL's own code
  const cause = (err.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)
    ?.driverAdapterError?.cause;
  return err.code === 'P2010' && CONFLICT_CODES.includes(cause?.originalCode ?? '');
}

export async function retryOnConflict<T>(op: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await op();
    } catch (err) {
      if (i >= attempts || !isRetryable(err)) throw err;
    }
  }
}
