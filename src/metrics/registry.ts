import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestHandler } from 'express';
import { db } from '../db';
import { queue, queuesReachable, QUEUE } from '../queues';
import { circuitStates } from '../notifications/providerCircuit';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'voordeur_' });

const requestSeconds = new Histogram({
  name: 'voordeur_http_request_duration_seconds',
  help: 'HTTP request latency by route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});
const errors = new Counter({
  name: 'voordeur_http_errors_total',
  help: 'Responses with status 5xx',
  labelNames: ['route'],
  registers: [registry],
});

/** Latency per route pattern (never per URL, so ids do not explode the label set). */
export const measureRequests: RequestHandler = (req, res, next) => {
  const stop = requestSeconds.startTimer();
  res.on('finish', () => {
    const route = req.route?.path
      ? `${req.baseUrl}${req.route.path}`
      : res.statusCode === 404
        ? 'unmatched'
        : req.path.startsWith('/admin')
          ? '/admin'
          : 'other';
    stop({ method: req.method, route, status: String(res.statusCode) });
    if (res.statusCode >= 500) errors.inc({ route });
  });
  next();
};

new Gauge({
  name: 'voordeur_queue_jobs',
  help: 'BullMQ jobs by queue and state (absent while Redis is unreachable)',
  labelNames: ['queue', 'state'],
  registers: [registry],
  async collect() {
    if (!queuesReachable()) {
      // the first scrape opens the connection; later ones find it ready
      queue(QUEUE.outbox);
      return;
    }
    for (const name of Object.values(QUEUE)) {
      const counts = await queue(name)
        .getJobCounts('waiting', 'active', 'delayed', 'failed')
        .catch(() => ({}) as Record<string, number>);
      for (const [state, n] of Object.entries(counts)) this.set({ queue: name, state }, n);
    }
  },
});

new Gauge({
  name: 'voordeur_outbox_backlog',
  help: 'Notifications not sent yet, by status',
  labelNames: ['status'],
  registers: [registry],
  async collect() {
    const rows = await db()
      .notification.groupBy({
        by: ['status'],
        where: { status: { in: ['pending', 'sending', 'failed'] } },
        _count: { _all: true },
      })
      .catch(() => undefined); // PostgreSQL away: the other metrics still answer
    if (!rows) return;
    for (const s of ['pending', 'sending', 'failed'])
      this.set({ status: s }, rows.find((r) => r.status === s)?._count._all ?? 0);
  },
});

new Gauge({
  name: 'voordeur_imap_lag_seconds',
  help: 'Seconds since each active mailbox was last read completely',
  labelNames: ['mailbox'],
  registers: [registry],
  async collect() {
    this.reset();
    const mailboxes = await db()
      .mailbox.findMany({ where: { active: true }, select: { name: true, lastSyncAt: true, createdAt: true } })
      .catch(() => []);
    for (const m of mailboxes) {
      this.set({ mailbox: m.name }, (Date.now() - (m.lastSyncAt ?? m.createdAt).getTime()) / 1000);
    }
  },
});

// Counted from the rows, not in the process: the worker that gave up is not the api that Prometheus scrapes.
new Counter({
  name: 'voordeur_media_fetch_failures_total',
  help: 'Recordings and MMS files that could not be fetched from the provider (retries exhausted: unreachable) or could not be attached (refused: type or size), by channel',
  labelNames: ['channel', 'reason'],
  registers: [registry],
  async collect() {
    const rows = await db()
      .channelMedia.groupBy({
        by: ['channel', 'status'],
        where: { status: { in: ['failed', 'refused'] } },
        _count: { _all: true },
      })
      .catch(() => undefined);
    if (!rows) return;
    this.reset();
    for (const r of rows)
      this.inc({ channel: r.channel, reason: r.status === 'refused' ? 'refused' : 'unreachable' }, r._count._all);
  },
});

new Counter({
  name: 'voordeur_transcription_failures_total',
  help: 'Voicemails whose transcription failed after every retry (the recording stays attached), by channel',
  labelNames: ['channel'],
  registers: [registry],
  async collect() {
    const rows = await db()
      .channelMedia.groupBy({ by: ['channel'], where: { transcriptionStatus: 'failed' }, _count: { _all: true } })
      .catch(() => undefined);
    if (!rows) return;
    this.reset();
    for (const r of rows) this.inc({ channel: r.channel }, r._count._all);
  },
});

new Gauge({
  name: 'voordeur_provider_unreachable',
  help: 'Whether a provider (mail = the SMTP server, twilio) is unreachable: 1 while its circuit is open and its messages wait, 0 while it answers',
  labelNames: ['provider'],
  registers: [registry],
  async collect() {
    for (const s of await circuitStates()) this.set({ provider: s.provider }, s.openSince ? 1 : 0);
  },
});

new Gauge({
  name: 'voordeur_provider_unreachable_since_seconds',
  help: 'Provider unreachable since (Unix time in seconds): "mail provider unreachable since …"; absent while it answers',
  labelNames: ['provider'],
  registers: [registry],
  async collect() {
    this.reset();
    for (const s of await circuitStates())
      if (s.openSince) this.set({ provider: s.provider }, s.openSince.getTime() / 1000);
  },
});

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Prometheus scrapes with METRICS_TOKEN as a bearer token; without one configured only this machine may read. */
export function metricsAccess(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    const allowed = token
      ? req.get('authorization') === `Bearer ${token}`
      : LOOPBACK.has(req.socket.remoteAddress ?? '');
    if (!allowed) {
      res.status(403).json({
        message: token
          ? 'Send the metrics token as "Authorization: Bearer <token>".'
          : 'Metrics are only served to this machine unless METRICS_TOKEN is set.',
      });
      return;
    }
    next();
  };
}
