import IORedis from 'ioredis';

/**
 * Deletes every key under a prefix (a test file's, a benchmark run's): its queues, schedules and counters go with its
 * database. A Redis that is not there (stopped by a test, or a benchmark's "Redis cut") has nothing to forget.
 */
export async function forgetRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new IORedis(url, { maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }) as AsyncIterable<string[]>)
      if (keys.length) await redis.unlink(...keys);
  } catch {
    // unreachable: nothing to forget
  } finally {
    redis.disconnect();
  }
}
