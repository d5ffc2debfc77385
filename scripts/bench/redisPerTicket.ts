import { spawn } from 'node:child_process';
import IORedis, { type Redis } from 'ioredis';
import { Client } from 'pg';
import { benchForm, freePort, sleep, startSystem } from './harness';

/**
 * Redis commands per web-form ticket: a Redis of this run's own (so other work on the machine does not count),
 * a real `voordeur all` process on it, TICKETS tickets one after the other, each acknowledgement sent. The
 * commands counted over the same time with nothing happening (workers polling, schedules) are taken off.
 */
const TICKETS = Number(process.env.BENCH_TICKETS ?? 200);

async function commandCount(redis: Redis): Promise<{ total: number; byCommand: Record<string, number> }> {
  const info = await redis.info('commandstats');
  const byCommand: Record<string, number> = {};
  let total = 0;
  for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    // the counting itself is not Voordeur's
    if (m[1] === 'info' || m[1] === 'config') continue;
    byCommand[m[1]] = Number(m[2]);
    total += Number(m[2]);
  }
  return { total, byCommand };
}

async function main() {
  const port = await freePort();
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await sleep(300);
  const redis = new IORedis(`redis://127.0.0.1:${port}`);
  const system = await startSystem('redis', { REDIS_URL: `redis://127.0.0.1:${port}` });
  const pg = new Client({ connectionString: system.databaseUrl });
  await pg.connect();
  try {
    // let the start-up (schedules, first polls) pass
    await sleep(3000);
    await redis.config('RESETSTAT');
    const started = Date.now();
    for (let i = 0; i < TICKETS; i++) {
      const res = await fetch(`${system.url}/api/public/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: benchForm(),
      });
      if (res.status !== 201) throw new Error(`ticket ${i}: ${res.status} ${await res.text()}`);
    }
    for (;;) {
      const { rows } = await pg.query<{ n: string }>("SELECT count(*) n FROM notification WHERE status = 'sent'");
      if (Number(rows[0].n) >= TICKETS) break;
      await sleep(100);
    }
    const elapsed = Date.now() - started;
    const busy = await commandCount(redis);
    await redis.config('RESETSTAT');
    await sleep(elapsed);
    const idle = await commandCount(redis);
    const perTicket = (busy.total - idle.total) / TICKETS;
    const top = Object.entries(busy.byCommand)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([c, n]) => `${c} ${(n / TICKETS).toFixed(1)}`)
      .join(', ');
    console.log(
      `\nRedis commands per ticket (${TICKETS} web-form tickets one after the other, each acknowledgement sent, ${(elapsed / 1000).toFixed(1)} s):`,
    );
    console.log(`  while ticketing: ${busy.total} commands = ${(busy.total / TICKETS).toFixed(1)} per ticket (${top})`);
    console.log(`  idle, same time: ${idle.total} commands`);
    console.log(`  per ticket, idle taken off: ${perTicket.toFixed(1)}`);
  } finally {
    await pg.end();
    await system.stop();
    redis.disconnect();
    server.kill('SIGKILL');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
