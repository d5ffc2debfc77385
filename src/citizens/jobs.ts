import { Worker } from 'bullmq';
import { config } from '../config';
import { logger } from '../logger';
import { redisConnection } from '../redis';
import { QUEUE, queue } from '../queues';
import { sweepCitizenSessions } from './sessions';

/** Expired citizen logins are deleted every quarter of an hour (a lookup refuses them before that already). */
export function startCitizenSessionWorker(): Worker {
  const worker = new Worker(QUEUE.citizens, async () => ({ removed: await sweepCitizenSessions() }), {
    connection: redisConnection(),
    prefix: config().REDIS_PREFIX,
    concurrency: 1,
  });
  worker.on('error', (err) => logger.error({ err }, 'citizen session sweeper error'));
  return worker;
}

export async function scheduleCitizenSessionSweep(): Promise<void> {
  await queue(QUEUE.citizens).upsertJobScheduler(
    'citizen-sessions',
    { every: 15 * 60_000 },
    { name: 'sweep-citizen-sessions' },
  );
}
