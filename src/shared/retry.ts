import { Prisma } from '../generated/prisma/client';

/** Unique violations and serialization failures mean a concurrent writer won; the operation is safe to run again. */
function isRetryable(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError) return err.code === 'P2002' || err.code === 'P2034';
  return false;
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
