import type { Response } from 'express';
import { Gauge } from 'prom-client';
import { publish, subscribe } from '../shared/pubsub';
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

/** Every api copy hears every call through Redis, so a screen connected to any copy shows it. */
export async function publishCall(locationId: string, event: CallEvent): Promise<void> {
  // when Redis is away the call is still in the database; screens get it with their next snapshot
  await publish(`display:${locationId}`, event);
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

let nextId = Date.now();

function send(res: Response, event: string, data: unknown) {
  res.write(`id: ${nextId++}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function listen(): Promise<unknown> {
  return subscribe('display:', (locationId, message) => {
    const set = screens.get(locationId);
    if (!set) return;
    const event = JSON.parse(message) as CallEvent;
    for (const res of set) send(res, 'call', event);
  });
}

/** Subscribed before a screen's snapshot is read, so no call falls between the snapshot and the stream. */
export async function displayReady(): Promise<void> {
  await listen();
}

/**
 * A screen's Server-Sent Events stream: the recent calls and the location's name at once (so a screen that reconnects after a network drop
 * or a server restart is complete again), then every new call; a comment every 15 s keeps proxies from closing it,
 * and `retry` makes the browser reconnect after a second.
 */
export function attachScreen(res: Response, location: { id: string; name: string }, recent: CallEvent[]): void {
  const locationId = location.id;
  void listen();
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  res.write('retry: 1000\n\n');
  send(res, 'snapshot', recent);
  // the screen names its location ("Stadhuis") next to the town: the page itself does not know which one it is
  send(res, 'location', { name: location.name });
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
export function closeScreens(): void {
  for (const set of screens.values()) for (const res of set) res.end();
  screens.clear();
}
