import type { Request, RequestHandler } from 'express';
import IORedis from 'ioredis';
import { config } from '../config';
import { AppError } from '../shared/errors';

let client: IORedis | undefined;
let firstConnection: Promise<unknown> | undefined;
function redis(): IORedis {
  if (!client) {
    client = new IORedis(config().REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    });
    client.on('error', () => undefined);
    // the first requests after start wait a moment for the connection rather than count in memory
    const c = client;
    firstConnection = Promise.race([
      new Promise((r) => c.once('ready', r)),
      new Promise((r) => setTimeout(r, 500).unref()),
    ]);
  }
  return client;
}

export class TooManyRequestsError extends AppError {
  constructor(seconds: number) {
    super(429, `Too many requests from your address; try again in ${seconds} seconds.`, undefined, {
      'Retry-After': String(seconds),
    });
  }
}

const WINDOW_MS = 60_000;
/** how often counts made far below the limit are told to Redis (and everyone's counts read back) */
const FLUSH_MS = 1000;

interface Count {
  /** when this key's window ends: a minute after its first request (as Redis keeps it once told) */
  resetAt: number;
  /** every copy's requests in this window, as Redis last said */
  known: number;
  /** this copy's requests not yet told to Redis */
  pending: number;
}

const counters = new Set<WindowCounter>();
let flushing: NodeJS.Timeout | undefined;

/** counted in memory up to this share of the limit; above it every request asks Redis */
const LOCAL_SHARE = 1 / 4;

/**
 * Requests per key in one-minute windows (from a key's first request), counted across api copies in Redis without a Redis call per request: far
 * below the limit a copy counts in memory and adds its counts to Redis once a second; from a quarter of the limit on,
 * every request is counted in Redis before it is let through. So with up to four api copies the limit holds exactly
 * (each lets at most a quarter through unseen); with more, a burst within one second can pass copies/4 times it.
 * While Redis is away each copy goes on counting in memory rather than letting everything through or refusing it.
 */
class WindowCounter {
  private counts = new Map<string, Count>();

  constructor(
    private readonly name: string,
    private readonly limit: () => number,
  ) {}

  private redisKey(key: string): string {
    return `${config().REDIS_PREFIX}:rl:${this.name}:${key}`;
  }

  /** 0 when the request may go on; else how long until the window ends */
  async consume(key: string): Promise<number> {
    const now = Date.now();
    let count = this.counts.get(key);
    // a window starts at a key's first request, not on the clock's minute: a burst across a minute's turn is not
    // counted twice as fresh
    if (!count || now >= count.resetAt) {
      count = { resetAt: now + WINDOW_MS, known: 0, pending: 0 };
      this.counts.set(key, count);
    }
    count.pending += 1;
    const limit = this.limit();
    if (count.known + count.pending > limit * LOCAL_SHARE) await this.sync(key, count);
    return count.known + count.pending > limit ? Math.max(1, count.resetAt - now) : 0;
  }

  /** Adds this copy's uncounted requests to Redis and learns everyone's total; on failure they stay pending. */
  private async sync(key: string, count: Count): Promise<void> {
    const pending = count.pending;
    if (pending === 0) return;
    const k = this.redisKey(key);
    try {
      const replies = await redis()
        .multi()
        .incrby(k, pending)
        // the window is Redis's from the first count on, the same for every copy
        .pexpire(k, WINDOW_MS, 'NX')
        .pttl(k)
        .exec();
      const total = Number(replies?.[0]?.[1]);
      const left = Number(replies?.[2]?.[1]);
      if (!Number.isFinite(total)) return;
      count.pending -= pending;
      // requests that arrived while Redis answered are still pending; what Redis said already holds this copy's
      count.known = total;
      if (left > 0) count.resetAt = Date.now() + left;
    } catch {
      // Redis away: the copy keeps counting here
    }
  }

  async flush(): Promise<void> {
    const now = Date.now();
    const syncs: Promise<void>[] = [];
    for (const [key, count] of this.counts) {
      if (now >= count.resetAt) this.counts.delete(key);
      else syncs.push(this.sync(key, count));
    }
    await Promise.all(syncs);
  }
}

/**
 * Counts requests per client address across api copies (see WindowCounter). `keyOf` counts per something else (a
 * logged-in user: many people share a town hall's address).
 */
export function rateLimit(
  name: string,
  perMinute: () => number,
  keyOf: (req: Request) => string = (req) => req.ip ?? 'unknown',
): RequestHandler {
  const counter = new WindowCounter(name, perMinute);
  return async (req, _res, next) => {
    counters.add(counter);
    redis();
    await firstConnection;
    flushing ??= setInterval(() => {
      for (const c of counters) void c.flush();
    }, FLUSH_MS).unref();
    try {
      const wait = await counter.consume(keyOf(req));
      if (wait > 0) return next(new TooManyRequestsError(Math.max(1, Math.ceil(wait / 1000))));
      next();
    } catch (err) {
      next(err);
    }
  };
}

export function closeRateLimits(): void {
  if (flushing) clearInterval(flushing);
  flushing = undefined;
  counters.clear();
  client?.disconnect();
  client = undefined;
  firstConnection = undefined;
}
