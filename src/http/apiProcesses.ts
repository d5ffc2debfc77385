import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { config } from '../config';
import { logger } from '../logger';

/** How many processes serve HTTP: API_PROCESSES, "auto" being one per core. */
export function apiProcessCount(): number {
  const wanted = config().API_PROCESSES;
  return wanted === 'auto' ? availableParallelism() : wanted;
}

/**
 * Forks the processes that serve HTTP on the one port (node:cluster hands each connection to one of them in turn).
 * One that dies unexpectedly is replaced; stopping asks each to drain (SIGTERM, as a single api is stopped) and
 * waits for them.
 */
export function startApiProcesses(count: number): { close(): Promise<void> } {
  let closing = false;
  const running = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    running.add(worker);
    worker.on('exit', (code, signal) => {
      running.delete(worker);
      if (closing) return;
      logger.error({ pid: worker.process.pid, code, signal }, 'an api process stopped unexpectedly; starting another');
      setTimeout(fork, 1000).unref();
    });
  };
  for (let i = 0; i < count; i++) fork();
  return {
    async close() {
      closing = true;
      await Promise.all(
        [...running].map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.once('exit', () => resolve());
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
