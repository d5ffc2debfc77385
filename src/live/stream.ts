import type { Response } from 'express';
import { Gauge } from 'prom-client';
import type { Principal } from '../auth/principal';
import { db } from '../db';
import { logger } from '../logger';
import { registry } from '../metrics/registry';
import { maySeeTicketOf } from '../tickets/policy';
import { subscribe } from '../shared/pubsub';
import { LIVE_CHANNEL, type LiveEnvelope } from './events';

/** Who is listening on this api copy: the user as the policy sees them (refreshed while the stream is open). */
interface Listener {
  res: Response;
  user: Pick<Principal, 'id' | 'role' | 'departmentIds' | 'sessionId'>;
}

const listeners = new Set<Listener>();

new Gauge({
  name: 'voordeur_console_streams',
  help: 'Console live streams (one per open console tab) connected to this api copy',
  registers: [registry],
  collect() {
    this.set(listeners.size);
  },
});

const HEARTBEAT_MS = 15_000;
const RECHECK_MS = 60_000;
let nextId = Date.now();

function send(res: Response, event: string, data: unknown) {
  res.write(`id: ${nextId++}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** What this listener may learn from the envelope: the summary, the bare fact that a ticket left, or nothing. */
export function shapeFor(user: Listener['user'], envelope: LiveEnvelope): { event: string; data: unknown } | undefined {
  if (maySeeTicketOf(user, envelope.departmentId)) return { event: envelope.kind, data: envelope.data };
  if (
    envelope.kind === 'ticket' &&
    envelope.previousDepartmentId !== undefined &&
    maySeeTicketOf(user, envelope.previousDepartmentId)
  ) {
    return {
      event: 'ticket',
      data: { type: 'updated', ticketId: envelope.data.ticketId, gone: true, at: envelope.data.at },
    };
  }
  return undefined;
}

export function deliver(envelope: LiveEnvelope): void {
  for (const l of listeners) {
    const shaped = shapeFor(l.user, envelope);
    if (shaped) send(l.res, shaped.event, shaped.data);
  }
}

function listen(): Promise<unknown> {
  return subscribe(LIVE_CHANNEL, (_kind, message) => deliver(JSON.parse(message) as LiveEnvelope));
}

/** Subscribed before the first snapshot is read, so nothing falls between the snapshot and the stream. */
export function liveReady(): Promise<unknown> {
  return listen();
}

/**
 * A logged-in session still exists, with its user's role and departments as they are now. Read-only: keeping a
 * stream open must not keep a session alive or change anything.
 */
async function recheck(l: Listener): Promise<boolean> {
  const session = await db().session.findUnique({
    where: { id: l.user.sessionId },
    include: { user: { include: { memberships: true } } },
  });
  if (!session || session.expiresAt < new Date() || !session.user.active) return false;
  l.user = { ...l.user, role: session.user.role, departmentIds: session.user.memberships.map((m) => m.departmentId) };
  return true;
}

/**
 * A console tab's Server-Sent Events stream. `retry` makes the browser reconnect after two seconds; a browser that
 * reconnects sends Last-Event-ID, and is told to refetch what it shows (`resync`) rather than replayed a log. A
 * comment every 15 s keeps proxies from closing the stream; every minute the session is checked again, so a logout,
 * a deactivated user or a change of departments takes effect on an open stream too.
 */
export function attachConsole(
  res: Response,
  user: Principal,
  opts: { resumed: boolean; snapshot: { event: string; data: unknown }[] },
): void {
  void listen();
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  res.write('retry: 2000\n\n');
  const listener: Listener = {
    res,
    user: { id: user.id, role: user.role, departmentIds: user.departmentIds, sessionId: user.sessionId },
  };
  send(res, opts.resumed ? 'resync' : 'hello', { userId: user.id, at: new Date().toISOString() });
  for (const s of opts.snapshot) send(res, s.event, s.data);
  listeners.add(listener);
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const check = setInterval(() => {
    recheck(listener).then(
      (ok) => ok || res.end(),
      (err) => logger.warn({ err }, 'live: could not check a session'),
    );
  }, RECHECK_MS);
  res.on('close', () => {
    clearInterval(heartbeat);
    clearInterval(check);
    listeners.delete(listener);
  });
}

/** On shutdown: end every stream, so consoles reconnect to another copy at once. */
export function closeConsoleStreams(): void {
  for (const l of listeners) l.res.end();
  listeners.clear();
}
