import { QUEUE, queue } from '../queues';
import { OutboxRelay } from './relay';

export { releaseWaiting } from './relay';

/** The outbox of this worker process: its relay (see relay.ts), which also probes providers whose circuit is open. */
export function startOutboxWorker(): OutboxRelay {
  return new OutboxRelay().start();
}

/**
 * The outbox once had one BullMQ job per row and a sweep schedule; a Redis that still holds them from an earlier
 * version is cleared of them (the rows themselves are in PostgreSQL, where the relay finds them).
 */
export async function retireOutboxQueue(): Promise<void> {
  const q = queue(QUEUE.outbox);
  await q.removeJobScheduler('outbox-sweep');
  await q.drain(true);
}
