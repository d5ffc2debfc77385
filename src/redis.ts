import IORedis, { type Redis } from 'ioredis';
import { config } from './config';

const connections: Redis[] = [];

/** BullMQ needs maxRetriesPerRequest null on the connections its workers block on. */
export function redisConnection(): Redis {
  const conn = new IORedis(config().REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  conn.on('error', () => undefined); // reconnects by itself; readiness reports the outage
  connections.push(conn);
  return conn;
}

export async function closeRedis(): Promise<void> {
  await Promise.all(connections.splice(0).map((c) => c.quit().catch(() => c.disconnect())));
}
