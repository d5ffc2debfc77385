import type { Request, RequestHandler } from 'express';
import IORedis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
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

/**
 * Counts requests per client address in Redis, so the limit holds across api copies; while Redis
 * is away each copy keeps counting in memory rather than letting everything through or refusing it.
 * `keyOf` counts per something else (a logged-in user: many people share a town hall's address).
 */
export function rateLimit(
  name: string,
  perMinute: () => number,
  keyOf: (req: Request) => string = (req) => req.ip ?? 'unknown',
): RequestHandler {
  let limiter: RateLimiterRedis | undefined;
  return async (req, _res, next) => {
    limiter ??= new RateLimiterRedis({
      storeClient: redis(),
      keyPrefix: `${config().REDIS_PREFIX}:rl:${name}`,
      points: perMinute(),
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ points: perMinute(), duration: 60 }),
    });
    redis();
    await firstConnection;
    try {
      await limiter.consume(keyOf(req));
      next();
    } catch (err) {
      if (err instanceof RateLimiterRes)
        return next(new TooManyRequestsError(Math.max(1, Math.ceil(err.msBeforeNext / 1000))));
      next(err);
    }
  };
}

export function closeRateLimits(): void {
  client?.disconnect();
  client = undefined;
  firstConnection = undefined;
}
