import { Worker } from 'bullmq';
import { config } from '../config';
import { logger } from '../logger';
import { redisConnection } from '../redis';
import { QUEUE, queue } from '../queues';
import { rollUpReportDays } from './rollup';

/** Rolls up the report days (yesterday, changed days, a batch of older ones never rolled up). */
export function startReportRollupWorker(): Worker {
  const worker = new Worker(QUEUE.reports, async () => rollUpReportDays(), {
    connection: redisConnection(),
    prefix: config().REDIS_PREFIX,
    concurrency: 1,
  });
  worker.on('error', (err) => logger.error({ err }, 'report rollup worker error'));
  return worker;
}

/**
 * Every ten minutes: yesterday is rolled up soon after midnight, and a day changed since its rollup is counted
 * from its tickets (correct, only slower) for at most that long.
 */
export async function scheduleReportRollups(): Promise<void> {
  await queue(QUEUE.reports).upsertJobScheduler('report-rollups', { every: 10 * 60_000 }, { name: 'roll-up' });
}
