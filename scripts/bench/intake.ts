import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startSystem } from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Round {
  concurrency: number;
  accepted: string[];
  rejected: number;
  result: autocannon.Result;
}

async function round(url: string, concurrency: number): Promise<Round> {
  const accepted: string[] = [];
  let rejected = 0;
  const result = await autocannon({
    url: `${url}/api/public/tickets`,
    connections: concurrency,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const key = randomUUID();
          return {
            ...req,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              name: 'Bench Burger',
              email: `bench-${key}@example.be`,
              subject: 'Straatlamp brandt niet',
              message: 'De straatlamp voor nummer 14 in de Kerkstraat brandt al een week niet meer.',
              category: 'straatverlichting',
              latitude: 50.85,
              longitude: 3.26,
              submissionKey: key,
            }),
          };
        },
        onResponse: (status, body) => {
          if (status === 201) accepted.push(JSON.parse(body).reference);
          else rejected++;
        },
      },
    ],
  });
  return { concurrency, accepted, rejected, result };
}

/** Redis cut: the api alone, pointed at a port where nothing answers; contacts still go into PostgreSQL. */
const REDIS_CUT = process.argv.includes('--redis-cut');

async function main() {
  const system = REDIS_CUT
    ? await startSystem('intake_nored', { REDIS_URL: 'redis://127.0.0.1:1' }, { mode: 'api', readyPath: '/health/live' })
    : await startSystem('intake');
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  const dept = await db.query(`INSERT INTO department (id, name, updated_at) VALUES (gen_random_uuid(), 'Openbare Werken', now()) RETURNING id`);
  await db.query(`INSERT INTO category (id, code, name_nl, name_en, department_id, updated_at) VALUES (gen_random_uuid(), 'straatverlichting', 'Straatverlichting', 'Street lights', $1, now())`, [dept.rows[0].id]);
  try {
    console.log(`\nWeb-form intake${REDIS_CUT ? ' WITH REDIS CUT' : ''}: POST /api/public/tickets (JSON), ${SECONDS} s per concurrency level, every request a new citizen\n`);
    console.log('concurrency   tickets/s   p50 ms   p99 ms   accepted   errors   check');
    for (const c of [1, 8, 32]) {
      const before = Number((await db.query('SELECT count(*) FROM ticket')).rows[0].count);
      const r = await round(system.url, c);
      await new Promise((done) => setTimeout(done, 1000)); // requests still in flight at the cut-off finish
      const after = Number((await db.query('SELECT count(*) FROM ticket')).rows[0].count);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM ticket WHERE reference = ANY($1)', [r.accepted]);
      const doubled = await db.query(`SELECT count(*)::int AS n FROM (SELECT external_id FROM message WHERE channel = 'web' GROUP BY external_id HAVING count(DISTINCT ticket_id) > 1) d`);
      const distinct = new Set(r.accepted).size;
      // autocannon stops counting at the cut-off; the few requests then in flight are created without being counted
      const inFlight = after - before - r.accepted.length;
      const ok = rows[0].n === r.accepted.length && distinct === r.accepted.length && doubled.rows[0].n === 0 && inFlight >= 0 && inFlight <= c;
      console.log(
        `${String(c).padStart(11)}   ${(r.accepted.length / SECONDS).toFixed(1).padStart(9)}   ${String(r.result.latency.p50).padStart(6)}   ${String(r.result.latency.p99).padStart(6)}   ${String(r.accepted.length).padStart(8)}   ${String(r.rejected + r.result.errors).padStart(6)}   ${ok ? `ok: each accepted request is one ticket, none doubled (+${inFlight} in flight at cut-off)` : `MISMATCH: ${after - before} new tickets for ${r.accepted.length} accepted, ${doubled.rows[0].n} keys doubled`}`,
      );
      if (!ok) process.exitCode = 1;
    }
  } finally {
    await db.end();
    await system.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
