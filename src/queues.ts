import { Queue } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';
import { config } from './config';

export const QUEUE = {
  outbox: 'outbox',
  sla: 'sla',
  privacy: 'privacy',
  phone: 'phone',
  appointments: 'appointments',
  media: 'media',
  citizens: 'citizens',
  reports: 'reports',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

let producerConnection: Redis | undefined;
let everReady = false;
let createdAt = 0;
const queues = new Map<QueueName, Queue>();

/**
 * Producers fail fast when Redis is away (no offline queue): the work is already safe in
 * PostgreSQL and a sweeper re-queues it, so a request must not hang waiting for Redis.
 */
export function queue(name: QueueName): Queue {
  let q = queues.get(name);
  if (!q) {
    q = new Queue(name, { connection: producerRedis(), prefix: config().REDIS_PREFIX });
    q.on('error', () => undefined);
    queues.set(name, q);
  }
  return q;
}

/** The producers' fail-fast connection, also for small shared state (the provider circuits) that must not wait for Redis. */
export function producerRedis(): Redis {
  if (!producerConnection) {
    producerConnection = new IORedis(config().REDIS_URL, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2000,
    });
    producerConnection.on('error', () => undefined);
    producerConnection.on('ready', () => (everReady = true));
    createdAt = Date.now();
  }
  return producerConnection;
}

/** 'down' while Redis is known to be unreachable: callers then leave their work to the sweepers instead of waiting. */
export function queueConnection(): 'ready' | 'starting' | 'down' {
  const status = producerConnection?.status;
  if (status === 'ready') return 'ready';
  // a first connection gets a few seconds; after that, or once it was lost, Redis counts as down
  if (!producerConnection || (!everReady && Date.now() - createdAt < 3000)) return 'starting';
  return 'down';
}

export function queuesReachable(): boolean {
  return queueConnection() === 'ready';
}

export async function closeQueues(): Promise<void> {
  await Promise.all([...queues.values()].map((q) => q.close().catch(() => undefined)));
  queues.clear();
  producerConnection?.disconnect();
  producerConnection = undefined;
}
