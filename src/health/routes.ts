import { Router } from 'express';
import IORedis from 'ioredis';
import { pingDatabase } from './probes';
import { config } from '../config';

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let probe: IORedis | undefined;
function redisProbe(): IORedis {
  if (!probe) {
    probe = new IORedis(config().REDIS_URL, {
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      connectTimeout: 1000,
      lazyConnect: true,
    });
    probe.on('error', () => undefined);
  }
  return probe;
}

async function check(name: string, fn: () => Promise<unknown>) {
  try {
    await within(1500, fn());
    return { name, ok: true as const };
  } catch (err) {
    return { name, ok: false as const, error: (err as Error).message };
  }
}

/** Liveness says the process runs; readiness says it can serve: PostgreSQL and Redis both answer. */
export function healthRouter(): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const checks = await Promise.all([
      check('postgresql', pingDatabase),
      check('redis', async () => {
        const r = redisProbe();
        if (r.status === 'wait' || r.status === 'end') await r.connect().catch(() => undefined);
        return r.ping();
      }),
    ]);
    const ready = checks.every((c) => c.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  return router;
}

export function closeHealthProbe(): void {
  probe?.disconnect();
  probe = undefined;
}
