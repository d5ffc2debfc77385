import { Worker } from 'bullmq';
import { QUEUE, queue } from '../queues';
import { config } from '../config';
import { redisConnection } from '../redis';
import { logger } from '../logger';
import { deliverNotification, findStrandedNotifications } from './deliver';
import { dispatchOutbox } from './outbox';

class RetryLater extends Error {}

/** Sends outbox rows, and every sweep interval re-queues rows that lost their job. */
export function startOutboxWorker(): Worker {
  const worker = new Worker(
    QUEUE.outbox,
    async (job) => {
      if (job.name === 'sweep') {
        const ids = await findStrandedNotifications(config().OUTBOX_SWEEP_INTERVAL_MS);
        await dispatchOutbox(ids);
        return { requeued: ids.length };
      }
      const outcome = await deliverNotification(job.data.id);
      if (outcome === 'retry') throw new RetryLater(`notification ${job.data.id}: send failed, will retry`);
      return { outcome };
    },
    { connection: redisConnection(), prefix: config().REDIS_PREFIX, concurrency: 8, lockDuration: config().QUEUE_LOCK_MS, stalledInterval: config().QUEUE_LOCK_MS },
  );
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err: err.message }, 'outbox job failed'));
  worker.on('error', (err) => logger.error({ err }, 'outbox worker error'));
  return worker;
}

export async function scheduleOutboxSweep(): Promise<void> {
  await queue(QUEUE.outbox).upsertJobScheduler('outbox-sweep', { every: config().OUTBOX_SWEEP_INTERVAL_MS }, { name: 'sweep' });
}
