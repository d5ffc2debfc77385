import { DateTime } from 'luxon';
import { Client } from 'pg';
import { startSystem } from './harness';
import { hashPassword } from '../../src/auth/password';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const APPOINTMENTS = Number(process.env.BENCH_APPOINTMENTS ?? 200_000);
const VISITS = Number(process.env.BENCH_VISITS ?? 150_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PASSWORD = 'bench-password-2026';
const REPORTS = [
  'contacts-per-day',
  'contacts-per-week',
  'appointment-channels',
  'visitors-per-product',
  'visits-heatmap',
  'waiting-times',
  'no-shows',
  'walk-ins',
  'response-times',
  'sla-compliance',
];

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function generate(db: Client) {
  await db.query(
    `INSERT INTO department (id, name, updated_at) SELECT gen_random_uuid(), 'Dienst ' || n, now() FROM generate_series(1, 6) n`,
  );
  // a year of tickets: random channel, department, hour; most answered and resolved, with SLA deadlines
  await db.query(
    `INSERT INTO ticket (id, reference, subject, status, channel, department_id, created_at, updated_at, first_response_at, resolved_at, first_response_due_at, due_at)
       SELECT gen_random_uuid(), 'B' || n, 'Vraag', CASE WHEN n % 5 = 0 THEN 'open' ELSE 'resolved' END::"TicketStatus",
              (ARRAY['web','email','phone','sms','counter','open311'])[1 + n % 6]::"Channel",
              (SELECT array_agg(id ORDER BY name) FROM department)[1 + n % 6],
              c, c, CASE WHEN n % 7 <> 0 THEN c + (n % 48) * interval '1 hour' END, CASE WHEN n % 5 <> 0 THEN c + (n % 240) * interval '1 hour' END,
              c + interval '24 hours', c + interval '120 hours'
       FROM (SELECT n, now() - interval '365 days' + (n::float / $1) * interval '365 days' AS c FROM generate_series(1, $1) n) s`,
    [TICKETS],
  );
  const location = (
    await db.query(
      `INSERT INTO location (id, name, updated_at) VALUES (gen_random_uuid(), 'Stadhuis', now()) RETURNING id`,
    )
  ).rows[0].id;
  await db.query(
    `INSERT INTO service (id, code, name_nl, name_en, duration_minutes, department_id, updated_at) SELECT gen_random_uuid(), 'p' || n, 'Product ' || n, 'Product ' || n, 15, (SELECT id FROM department ORDER BY name LIMIT 1), now() FROM generate_series(1, 8) n`,
  );
  await db.query(
    `INSERT INTO desk (id, location_id, name, updated_at) SELECT gen_random_uuid(), $1, 'Loket ' || n, now() FROM generate_series(1, 25) n`,
    [location],
  );
  // appointments: 25 desks, each a run of 20-minute appointments spread over the year (never overlapping on a desk)
  await db.query(
    `INSERT INTO appointment (id, code, service_id, desk_id, location_id, starts_at, ends_at, blocked_until, status, channel, name, manage_token_hash, manage_token_enc, updated_at)
       SELECT gen_random_uuid(), 'B' || n, (SELECT array_agg(id ORDER BY code) FROM service)[1 + n % 8], (SELECT array_agg(id ORDER BY name) FROM desk)[1 + n % 25], $2,
              s, s + interval '15 minutes', s + interval '15 minutes',
              (ARRAY['completed','completed','completed','no_show','cancelled'])[1 + n % 5]::"AppointmentStatus",
              (ARRAY['online','online','phone','counter','walk_in'])[1 + (n / 7) % 5]::"AppointmentChannel", 'Bench', md5(n::text), 'x', now()
       FROM (SELECT n, now() - interval '365 days' + ((n / 25) * (365.0 * 24 * 60 / ($1 / 25 + 1))) * interval '1 minute' AS s FROM generate_series(0, $1 - 1) n) x`,
    [APPOINTMENTS, location],
  );
  // visits during opening hours, waits of 0–40 minutes
  await db.query(
    `INSERT INTO visit (id, location_id, service_id, day, number, status, walk_in, due_at, checked_in_at, called_at, served_at, finished_at, updated_at)
       SELECT gen_random_uuid(), $2, (SELECT array_agg(id ORDER BY code) FROM service)[1 + n % 8], (c AT TIME ZONE 'Europe/Brussels')::date, 'V' || n,
              CASE WHEN n % 20 = 0 THEN 'no_show' ELSE 'done' END::"VisitStatus", n % 3 = 0, c + (n % 15) * interval '1 minute', c, c + (n % 40) * interval '1 minute',
              c + (n % 40) * interval '1 minute', c + (n % 40 + 10) * interval '1 minute', now()
       FROM (SELECT n, date_trunc('day', now() - interval '365 days' + (n::float / $1) * interval '365 days') + interval '8 hours' + (n % 540) * interval '1 minute' AS c FROM generate_series(1, $1) n) x`,
    [VISITS, location],
  );
  await db.query('ANALYZE');
}

async function main() {
  // BENCH_KEEP_DATABASE=<name>: keep the generated data in that database and measure again on it next time
  const system = await startSystem('reports', {}, { mode: 'api', keepDatabase: process.env.BENCH_KEEP_DATABASE });
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  try {
    const started = Date.now();
    if (system.created) await generate(db);
    const generated = Math.round((Date.now() - started) / 1000);
    // the closed days rolled up, as the worker's job does (in batches) on a running system
    const rolling = Date.now();
    process.env.DATABASE_URL = system.databaseUrl;
    // imported only now: the logger reads the configuration (DATABASE_URL) when it loads
    const { rollUpReportDays } = await import('../../src/analytics/rollup');
    const { closeDb } = await import('../../src/db');
    const { rolledUp } = await rollUpReportDays(100_000);
    await closeDb();
    console.log(`rolled up ${rolledUp} days in ${Math.round((Date.now() - rolling) / 1000)} s`);
    await db.query(
      `INSERT INTO app_user (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), 'manager@bench.example', 'Manager', 'agent', $1, now())
       ON CONFLICT (email) DO NOTHING`,
      [await hashPassword(PASSWORD)],
    );
    const login = await fetch(`${system.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'manager@bench.example', password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const to = DateTime.now().setZone('Europe/Brussels').toISODate()!;
    const from = DateTime.now().setZone('Europe/Brussels').minus({ days: 365 }).toISODate()!;
    console.log(
      `\nReports over one year (${from} … ${to}): ${TICKETS.toLocaleString('en')} tickets, ${APPOINTMENTS.toLocaleString('en')} appointments, ${VISITS.toLocaleString('en')} visits (generated in ${generated} s); ${RUNS} runs each, one at a time\n`,
    );
    console.log('report                    p50 ms   p99 ms   rows');
    for (const name of REPORTS) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const res = await fetch(`${system.url}/api/admin/reports/${name}?from=${from}&to=${to}`, {
          headers: { cookie },
        });
        const body = (await res.json()) as { rows: unknown[] };
        times.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(body)}`);
        rows = body.rows.length;
      }
      console.log(
        `${name.padEnd(24)} ${pct(times, 50).toFixed(0).padStart(7)}  ${pct(times, 99).toFixed(0).padStart(7)}   ${rows}`,
      );
    }
    // the rolled-up answers against one query over the tickets, as the tests compare them
    const { periodOf } = await import('../../src/analytics/period');
    const direct = await import('../../src/analytics/ticketReportsDirect');
    const period = periodOf({ from, to });
    for (const [name, run] of [
      ['response-times', direct.responseTimesDirect],
      ['sla-compliance', direct.slaComplianceDirect],
    ] as const) {
      const res = await fetch(`${system.url}/api/admin/reports/${name}?from=${from}&to=${to}`, { headers: { cookie } });
      const same =
        JSON.stringify(((await res.json()) as { rows: unknown[] }).rows) === JSON.stringify(await run(period));
      console.log(`${name}: the same rows as the direct query over the tickets: ${same ? 'yes' : 'NO'}`);
      if (!same) process.exitCode = 1;
    }
    await closeDb();
  } finally {
    await db.end();
    await system.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
