import { Prisma } from '../generated/prisma/client';

/** Unique violations and serialization failures mean a concurrent writer won; the operation is safe to run again. */
function isRetryable(err: unknown): boolean {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (err.code === 'P2002' || err.code === 'P2034') return true;
  // a raw statement (intake's one statement) reports PostgreSQL's own code: unique violation, serialization failure
  const cause = (err.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)
    ?.driverAdapterError?.cause;
  return err.code === 'P2010' && (cause?.originalCode === '23505' || cause?.originalCode === '40001');
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
