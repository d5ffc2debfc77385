import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { migrate } from '../../src/migrations/migrate';
import { forgetRedisKeys } from '../../test/support/redisKeys';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface BenchSystem {
  url: string;
  databaseUrl: string;
  /** the database was created by this run (false: a kept database from an earlier run, as it was) */
  created: boolean;
  /** the Voordeur process, for its memory */
  pid: number;
  stop(): Promise<void>;
}

/** A fresh database, a catch-all SMTP server and a real `voordeur all` process, as a town would run it. */
export async function startSystem(
  name: string,
  env: Record<string, string> = {},
  opts: { mode?: 'all' | 'api'; readyPath?: string; keepDatabase?: string } = {},
): Promise<BenchSystem> {
  // keepDatabase (BENCH_KEEP_DATABASE): a named database that is not dropped at the end; an earlier run's is
  // reused as it is, a missing one is created (and filled by the bench) for the runs after it
  const dbName = opts.keepDatabase ?? `voordeur_bench_${name}_${Date.now().toString(36)}`;
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  const databaseUrl = u.toString();
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  await migrate(databaseUrl);

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (s, _x, cb) => s.on('end', () => cb()).resume(),
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  const smtpPort = (smtp.server.address() as { port: number }).port;
  const port = 3900 + Math.floor(Math.random() * 90);
  const proc: ChildProcess = spawn(
    process.execPath,
    [
      // as scripts/start.sh runs it (README: "Node's young generation")
      '--max-semi-space-size=64',
      // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the process, written when it stops (see profileSummary.ts)
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []),
      path.join(__dirname, '..', '..', 'src', 'main.js'),
      opts.mode ?? 'all',
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_SIZE: '20',
        // BENCH_API_PROCESSES=auto: HTTP served by one process per core (node:cluster), as API_PROCESSES
        API_PROCESSES: process.env.BENCH_API_PROCESSES ?? '1',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        REDIS_PREFIX: `bench-${dbName}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'voordeur-bench-')),
        LOG_LEVEL: 'warn',
        // an operator raises the limits for a load test from one address
        RATE_LIMIT_FORMS_PER_MINUTE: '10000000',
        RATE_LIMIT_PUBLIC_READS_PER_MINUTE: '10000000',
        RATE_LIMIT_LOGIN_PER_MINUTE: '10000000',
        SECRET_KEY: 'YmVuY2gtc2VjcmV0LWtleS0zMi1ieXRlcy1sb25nISE=',
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // a benchmark stopped from outside (Ctrl+C, kill) or failing takes its Voordeur process with it: an orphan would go on
  // listening and working beside the next run's measurements (one did, for half an hour)
  const takeAlong = () => proc.kill('SIGTERM');
  const onSignal = (signal: NodeJS.Signals) => {
    takeAlong();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', takeAlong);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}${opts.readyPath ?? '/health/ready'}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 100) throw new Error('the api did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    databaseUrl,
    created: !exists,
    pid: proc.pid!,
    async stop() {
      process.off('exit', takeAlong);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
      await new Promise<void>((r) => smtp.close(() => r()));
      if (opts.keepDatabase) return;
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await c.end();
      await forgetRedisKeys(env.REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `bench-${dbName}`);
    },
  };
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One citizen's contact form as the benchmarks send it: a new citizen and a new submission key each time. */
export function benchForm(extra: Record<string, unknown> = {}): string {
  const key = randomUUID();
  return JSON.stringify({
    name: 'Bench Burger',
    email: `bench-${key}@example.be`,
    subject: 'Straatlamp brandt niet',
    message: 'De straatlamp voor nummer 14 in de Kerkstraat brandt al een week niet meer.',
    submissionKey: key,
    ...extra,
  });
}
