import type { Workers } from './worker';
import cluster from 'node:cluster';
import { ConfigError, config } from './config';

async function main(): Promise<void> {
  // a process forked to serve HTTP beside others (API_PROCESSES) is an api, whatever the primary runs
  const mode = cluster.isWorker ? 'api' : (process.argv[2] ?? 'all');
  if (!['api', 'worker', 'all'].includes(mode)) {
    console.error(`usage: voordeur [api|worker|all]  (got "${mode}")`);
    process.exit(2);
  }
  try {
    config();
    // a town boundary file that cannot be read stops the start, rather than the first report from the map
    (await import('./map/boundary')).townBoundary();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const { logger } = await import('./logger');
  const { closeDb } = await import('./db');
  const { closeRedis } = await import('./redis');
  const { closeQueues } = await import('./queues');

  let server: { close(): Promise<void> } | undefined;
  let workers: Workers | undefined;
  // registered first, so a stop during start-up (Redis or PostgreSQL slow to answer) is still clean
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining HTTP and finishing running jobs');
    // open screen and console streams would hold the server open: end them, and they reconnect to another copy
    (await import('./guidance/display')).closeScreens();
    (await import('./live/stream')).closeConsoleStreams();
    const drained = Promise.all([
      // stop listening, let requests in progress finish, then close their connections
      server?.close(),
      workers?.stop(),
    ]);
    // a dependency that never answers must not keep the process from stopping
    const gaveUp = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 25_000).unref());
    if ((await Promise.race([drained, gaveUp])) === 'timeout') logger.warn('stopped before everything had drained');
    await closeQueues();
    // the mail pool's open connections say goodbye (QUIT) instead of being cut
    (await import('./channels/email/mailer')).closeMailer();
    await (await import('./live/presence')).stopPresence();
    await (await import('./shared/pubsub')).closePubSub();
    await closeRedis();
    await closeDb();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const { apiProcessCount, startApiProcesses } = await import('./http/apiProcesses');
  if ((mode === 'api' || mode === 'all') && cluster.isPrimary && apiProcessCount() > 1) {
    server = startApiProcesses(apiProcessCount());
    logger.info({ processes: apiProcessCount() }, `api served by ${apiProcessCount()} processes`);
  } else if (mode === 'api' || mode === 'all') {
    const { buildApp } = await import('./app');
    const { trackConnections } = await import('./http/gracefulClose');
    const app = buildApp();
    const listening = app.listen(config().PORT, config().HOST, () =>
      logger.info({ port: config().PORT }, `api listening on ${config().PUBLIC_URL}`),
    );
    server = trackConnections(listening);
  }
  if (mode === 'worker' || mode === 'all') {
    const { startWorkers } = await import('./worker');
    workers = await startWorkers();
    logger.info({ queues: workers.queues.length }, 'workers started');
  }
}

void main();
