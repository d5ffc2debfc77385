import type { Response } from 'express';
import IORedis, { type Redis } from 'ioredis';
import { Gauge } from 'prom-client';
import { config } from '../config';
import { logger } from '../logger';
import { registry } from '../metrics/registry';

/** What a waiting-room screen shows: a number and where to go. */
export interface CallEvent {
  visitId: string;
  number: string;
  desk: string;
  calledAt: string;
  /** 1 for the first call, more when the desk calls again */
  callCount: number;
}

const channelOf = (locationId: string) => `${config().REDIS_PREFIX}:display:${locationId}`;

let publisher: Redis | undefined;

/** Every api copy hears every call through Redis, so a screen connected to any copy shows it. */
export async function publishCall(locationId: string, event: CallEvent): Promise<void> {
  publisher ??= new IORedis(config().REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }).on('error', () => undefined);
  // the first call after start waits a moment for the connection instead of being lost
  if (publisher.status !== 'ready') {
    const p = publisher;
    await Promise.race([new Promise((r) => p.once('ready', r)), new Promise((r) => setTimeout(r, 2000).unref())]);
  }
  try {
    await publisher.publish(channelOf(locationId), JSON.stringify(event));
  } catch (err) {
    // the call is in the database; screens get it with their next snapshot when Redis is back
    logger.warn({ err, locationId }, 'display: call not published');
  }
}

const screens = new Map<string, Set<Response>>();

new Gauge({
  name: 'voordeur_display_clients',
  help: 'Waiting-room screens connected to this api copy, by location',
  labelNames: ['location'],
  registers: [registry],
  collect() {
    this.reset();
    for (const [location, set] of screens) this.set({ location }, set.size);
  },
});

let subscriber: Redis | undefined;
let subscribed: Promise<unknown> | undefined;
let nextId = Date.now();

function send(res: Response, event: string, data: unknown) {
  res.write(`id: ${nextId++}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function ensureSubscriber(): Redis {
  if (subscriber) return subscriber;
  const s = new IORedis(config().REDIS_URL, { maxRetriesPerRequest: null });
  s.on('error', () => undefined);
  const prefix = `${config().REDIS_PREFIX}:display:`;
  subscribed = Promise.race([s.psubscribe(`${prefix}*`), new Promise((r) => setTimeout(r, 2000).unref())]).catch((err) => logger.warn({ err }, 'display: could not subscribe'));
  s.on('pmessage', (_pattern, channel, message) => {
    const set = screens.get(channel.slice(prefix.length));
    if (!set) return;
    const event = JSON.parse(message) as CallEvent;
    for (const res of set) send(res, 'call', event);
  });
  subscriber = s;
  return s;
}

/** Subscribed before a screen's snapshot is read, so no call falls between the snapshot and the stream. */
export async function displayReady(): Promise<void> {
  ensureSubscriber();
  await subscribed;
}

/**
 * A screen's Server-Sent Events stream: the recent calls at once (so a screen that reconnects after a network drop
 * or a server restart is complete again), then every new call; a comment every 15 s keeps proxies from closing it,
 * and `retry` makes the browser reconnect after a second.
 */
export function attachScreen(res: Response, locationId: string, recent: CallEvent[]): void {
  ensureSubscriber();
  res.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
  res.flushHeaders();
  res.write('retry: 1000\n\n');
  send(res, 'snapshot', recent);
  let set = screens.get(locationId);
  if (!set) screens.set(locationId, (set = new Set()));
  set.add(res);
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  res.on('close', () => {
    clearInterval(heartbeat);
    set!.delete(res);
    if (set!.size === 0) screens.delete(locationId);
  });
}

/** On shutdown: end every stream so screens reconnect to another copy at once. */
export async function closeScreens(): Promise<void> {
  for (const set of screens.values()) for (const res of set) res.end();
  screens.clear();
  await subscriber?.quit().catch(() => undefined);
  await publisher?.quit().catch(() => undefined);
  subscriber = undefined;
  subscribed = undefined;
  publisher = undefined;
}
