import IORedis, { type Redis } from 'ioredis';
import { config } from '../config';
import { logger } from '../logger';
import { batched } from './batched';

/**
 * The one way api copies (and workers) tell each other about things that just happened: Redis pub/sub on
 * channels under REDIS_PREFIX. Used by the waiting-room screens and the console's live stream. A message
 * is best effort: what it announces is already in the database, and the listeners recover from there.
 */
let publisher: Redis | undefined;
/** the publisher's first connection, waited for once (2 s at most); afterwards a message while Redis is away is dropped at once */
let firstConnection: Promise<unknown> | undefined;
let subscriber: Redis | undefined;
let lastWarning = 0;
const handlers = new Map<string, { handler: (channel: string, message: string) => void; ready: Promise<unknown> }>();

export const channelName = (name: string) => `${config().REDIS_PREFIX}:${name}`;

/** Messages published in the same turn (or while the last pipeline is answered) leave in one pipeline. */
const publishBatch = batched<{ channel: string; message: string }>(async (items) => {
  // closed meanwhile (shutdown, between tests): best effort, as when Redis is away
  if (!publisher) return;
  const pipeline = publisher.pipeline();
  for (const { channel, message } of items) pipeline.publish(channel, message);
  const results = await pipeline.exec();
  const failed = results?.find(([err]) => err)?.[0];
  if (failed) throw failed;
});

export async function publish(name: string, payload: unknown): Promise<void> {
  if (!publisher) {
    const p = new IORedis(config().REDIS_URL, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2000,
    }).on('error', () => undefined);
    publisher = p;
    firstConnection = Promise.race([
      new Promise((r) => p.once('ready', r)),
      new Promise((r) => setTimeout(r, 2000).unref()),
    ]);
  }
  // the first messages after start wait a moment for the connection instead of being lost; while Redis is away later,
  // a request that publishes (every new ticket) must not wait for it
  await firstConnection;
  try {
    await publishBatch({ channel: channelName(name), message: JSON.stringify(payload) });
  } catch (err) {
    // during an outage every new ticket would say the same: once a minute
    if (Date.now() - lastWarning > 60_000) {
      lastWarning = Date.now();
      logger.warn({ err, channel: name }, 'pubsub: message not published (Redis away?); said once a minute');
    }
  }
}

/**
 * Listens on every channel starting with `prefix` (one pattern subscription per prefix on one shared connection);
 * the handler gets the channel's name without the prefix. Resolves once Redis confirmed the subscription (or after
 * 2 s), so a caller can read a snapshot knowing nothing published afterwards is missed.
 */
export function subscribe(prefix: string, handler: (rest: string, message: string) => void): Promise<unknown> {
  const pattern = `${channelName(prefix)}*`;
  const existing = handlers.get(pattern);
  if (existing) return existing.ready;
  if (!subscriber) {
    const s = new IORedis(config().REDIS_URL, { maxRetriesPerRequest: null });
    s.on('error', () => undefined);
    s.on('pmessage', (p: string, channel: string, message: string) => {
      const h = handlers.get(p);
      if (!h) return;
      try {
        h.handler(channel.slice(p.length - 1), message);
      } catch (err) {
        logger.warn({ err, channel }, 'pubsub: a listener failed');
      }
    });
    subscriber = s;
  }
  const s = subscriber;
  const ready = Promise.race([s.psubscribe(pattern), new Promise((r) => setTimeout(r, 2000).unref())]).catch((err) =>
    logger.warn({ err, pattern }, 'pubsub: could not subscribe'),
  );
  handlers.set(pattern, { handler, ready });
  return ready;
}

/** On shutdown (and between tests): both connections closed, every subscription forgotten. */
export async function closePubSub(): Promise<void> {
  const [s, p] = [subscriber, publisher];
  subscriber = undefined;
  publisher = undefined;
  firstConnection = undefined;
  handlers.clear();
  await s?.quit().catch(() => undefined);
  await p?.quit().catch(() => undefined);
}
