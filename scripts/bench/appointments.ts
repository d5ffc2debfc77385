import autocannon from 'autocannon';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { startSystem } from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DESKS = 10;
const EXISTING = 5000;
const DAYS = 60;

/** Every weekday slot of 15 minutes 08:00–17:00 in Brussels time over the next DAYS days. */
function slotGrid(): Date[] {
  const slots: Date[] = [];
  const first = DateTime.now().setZone('Europe/Brussels').plus({ days: 1 }).startOf('day');
  for (let d = 0; d < DAYS; d++) {
    const day = first.plus({ days: d });
    if (day.weekday > 5) continue;
    for (let m = 8 * 60; m + 15 <= 17 * 60; m += 15)
      slots.push(day.set({ hour: Math.floor(m / 60), minute: m % 60 }).toJSDate());
  }
  return slots;
}

async function main() {
  const system = await startSystem('appointments');
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  try {
    const location = (
      await db.query(
        `INSERT INTO location (id, name, address, updated_at) VALUES (gen_random_uuid(), 'Stadhuis', 'Grote Markt 1', now()) RETURNING id`,
      )
    ).rows[0].id;
    const service = (
      await db.query(
        `INSERT INTO service (id, code, name_nl, name_en, duration_minutes, min_notice_minutes, max_days_ahead, updated_at) VALUES (gen_random_uuid(), 'id-kaart', 'Identiteitskaart', 'Identity card', 15, 0, 90, now()) RETURNING id`,
      )
    ).rows[0].id;
    const desks: string[] = [];
    for (let i = 1; i <= DESKS; i++) {
      const id = (
        await db.query(
          `INSERT INTO desk (id, location_id, name, updated_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`,
          [location, `Loket ${i}`],
        )
      ).rows[0].id;
      await db.query(`INSERT INTO desk_service (desk_id, service_id) VALUES ($1, $2)`, [id, service]);
      desks.push(id);
    }
    await db.query(
      `INSERT INTO desk_hours (id, location_id, weekday, opens, closes) SELECT gen_random_uuid(), $1, d, '08:00', '17:00' FROM generate_series(1, 5) d`,
      [location],
    );
    // 5,000 existing appointments on random distinct desk-times
    const grid = slotGrid();
    const cells = grid.flatMap((start) => desks.map((desk) => ({ start, desk })));
    for (let i = cells.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [cells[i], cells[j]] = [cells[j], cells[i]];
    }
    const taken = cells.slice(0, EXISTING);
    for (let i = 0; i < taken.length; i += 500) {
      const batch = taken.slice(i, i + 500);
      const values = batch.map(
        (_, k) =>
          `(gen_random_uuid(), $${k * 3 + 1}, $${k * 3 + 2}, $${k * 3 + 3}::timestamptz, $${k * 3 + 3}::timestamptz + interval '15 minutes', $${k * 3 + 3}::timestamptz + interval '15 minutes')`,
      );
      const params = batch.flatMap((c, k) => [`B${String(i + k).padStart(5, '0')}`, c.desk, c.start.toISOString()]);
      await db.query(
        `INSERT INTO appointment (id, code, desk_id, starts_at, ends_at, blocked_until, service_id, location_id, channel, name, manage_token_hash, manage_token_enc, updated_at)
         SELECT v.id, v.code, v.desk::uuid, v.s, v.e, v.b, '${service}', '${location}', 'online', 'Bench', md5(v.code), 'x', now() FROM (VALUES ${values.join(',')}) AS v(id, code, desk, s, e, b)`,
        params,
      );
    }
    // what autovacuum does within a minute of such a load (more than 1,000 rows inserted): statistics, and the
    // visibility map that lets the availability read the appointments from its index alone
    await db.query('VACUUM ANALYZE appointment');
    const from = DateTime.now().setZone('Europe/Brussels').plus({ days: 1 }).toISODate()!;
    const to = DateTime.now().setZone('Europe/Brussels').plus({ days: DAYS }).toISODate()!;
    const url = `${system.url}/api/public/services/id-kaart/availability?from=${from}&to=${to}`;
    const sample = (await (await fetch(url)).json()) as { slots: { start: string; freeDesks: number }[] };
    const free = sample.slots.reduce((n: number, s: { freeDesks: number }) => n + s.freeDesks, 0);
    console.log(
      `\nAppointments: one product, ${DESKS} desks, ${grid.length} slot times over ${DAYS} days, ${EXISTING} existing appointments (${free} desk-slots still free)\n`,
    );

    for (const concurrency of [1, 8]) {
      const r = await autocannon({ url, connections: concurrency, duration: SECONDS });
      console.log(
        `availability for ${DAYS} days, concurrency ${concurrency}: ${r.requests.average.toFixed(1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`,
      );
    }

    // bookings: each request takes a different free slot, as citizens spread over the calendar do
    const open = sample.slots.map((s: { start: string }) => s.start) as string[];
    let next = 0;
    let created = 0;
    let refused = 0;
    const r = await autocannon({
      url: `${system.url}/api/public/appointments`,
      connections: 8,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ({
            ...req,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              serviceId: 'id-kaart',
              start: open[next++ % open.length],
              name: 'Bench Burger',
              email: `bench-${next}@example.be`,
              language: 'nl',
            }),
          }),
          onResponse: (status) => (status === 201 ? created++ : refused++),
        },
      ],
    });
    const doubled = (
      await db.query(
        `SELECT count(*)::int AS n FROM appointment a JOIN appointment b ON a.desk_id = b.desk_id AND a.id < b.id AND a.status <> 'cancelled' AND b.status <> 'cancelled' AND tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)`,
      )
    ).rows[0].n;
    console.log(
      `bookings, concurrency 8: ${(created / SECONDS).toFixed(1)} bookings/s (p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms), ${created} booked, ${refused} refused as taken; overlapping appointments on one desk: ${doubled}`,
    );
    if (doubled > 0) process.exitCode = 1;
  } finally {
    await db.end();
    await system.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
