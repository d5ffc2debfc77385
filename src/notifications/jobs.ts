import { Worker } from 'bullmq';
import type { NotificationChannel } from '../generated/prisma/enums';
import { QUEUE, queue } from '../queues';
import { config } from '../config';
import { redisConnection } from '../redis';
import { logger } from '../logger';
import { deliverNotification, findStrandedNotifications, waitingNotifications } from './deliver';
import { dispatchOutbox, outboxJobOptions } from './outbox';
import { pausedChannels, watchProviders } from './providerCircuit';

class RetryLater extends Error {}

/**
 * A provider answers again: every row that waited for it is queued at once. The job ids are new (the row id
 * and the outage), so a job of the row that is still finishing cannot swallow them; claiming the row keeps
 * each message to one send whichever job gets there first.
 */
export async function releaseWaiting(channels: NotificationChannel[], since: Date): Promise<number> {
  const ids = await waitingNotifications(channels);
  const q = queue(QUEUE.outbox);
  for (let i = 0; i < ids.length; i += 1000) {
    await q.addBulk(
      ids.slice(i, i + 1000).map((id) => ({
        name: 'deliver',
        data: { id },
        opts: { ...outboxJobOptions(), jobId: `${id}-after-${since.getTime()}` },
      })),
    );
  }
  return ids.length;
}

/** Sends outbox rows, and every sweep interval re-queues rows that lost their job. */
export function startOutboxWorker(): Worker {
  const worker = new Worker(
    QUEUE.outbox,
    async (job) => {
      if (job.name === 'sweep') {
        const ids = await findStrandedNotifications(config().OUTBOX_SWEEP_INTERVAL_MS, 500, await pausedChannels());
        await dispatchOutbox(ids);
        return { requeued: ids.length };
      }
      const outcome = await deliverNotification(job.data.id);
      if (outcome === 'retry') throw new RetryLater(`notification ${job.data.id}: send failed, will retry`);
      return { outcome };
    },
    {
      connection: redisConnection(),
      prefix: config().REDIS_PREFIX,
      concurrency: 8,
      lockDuration: config().QUEUE_LOCK_MS,
      stalledInterval: config().QUEUE_LOCK_MS,
    },
  );
  const stopWatching = watchProviders(releaseWaiting);
  worker.on('closing', stopWatching);
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err: err.message }, 'outbox job failed'));
  worker.on('error', (err) => logger.error({ err }, 'outbox worker error'));
  return worker;
}

export async function scheduleOutboxSweep(): Promise<void> {
  await queue(QUEUE.outbox).upsertJobScheduler(
    'outbox-sweep',
    { every: config().OUTBOX_SWEEP_INTERVAL_MS },
    { name: 'sweep' },
  );
}
