import { Worker } from 'bullmq';
import { config } from '../config';
import { logger } from '../logger';
import { redisConnection } from '../redis';
import { QUEUE, queue } from '../queues';
import { applyRetention } from './retention';

export function startRetentionWorker(): Worker {
  const worker = new Worker(QUEUE.privacy, async () => ({ anonymised: await applyRetention() }), {
    connection: redisConnection(),
    prefix: config().REDIS_PREFIX,
    concurrency: 1,
  });
  worker.on('error', (err) => logger.error({ err }, 'retention worker error'));
  return worker;
}

export async function scheduleRetention(): Promise<void> {
  await queue(QUEUE.privacy).upsertJobScheduler(
    'retention',
    { every: config().RETENTION_INTERVAL_MS },
    { name: 'retention' },
  );
}
