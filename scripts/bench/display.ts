import http from 'node:http';
import { Client } from 'pg';
import { startSystem } from './harness';
import { hashPassword } from '../../src/auth/password';
import { sha256Hex } from '../../src/shared/tokens';

const SCREENS = Number(process.env.BENCH_SCREENS ?? 500);
const CALLS = Number(process.env.BENCH_CALLS ?? 100);
const TOKEN = 'bench-screen-token-0123456789abcdefghij';
const PASSWORD = 'bench-password-2026';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** One waiting-room screen: an SSE connection noting when each call arrives. */
function screen(url: URL, arrivals: Map<string, number[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: url.hostname, port: url.port, path: `/display/stream?device=${TOKEN}`, agent: false },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`screen refused: ${res.statusCode}`));
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.includes('event: snapshot')) resolve();
            if (!block.includes('event: call')) continue;
            const data = JSON.parse(/^data: (.*)$/m.exec(block)![1]) as { visitId: string };
            const list = arrivals.get(data.visitId) ?? [];
            list.push(performance.now());
            arrivals.set(data.visitId, list);
          }
        });
      },
    );
    req.on('error', reject);
  });
}

async function main() {
  const system = await startSystem('display');
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  try {
    const location = (
      await db.query(
        `INSERT INTO location (id, name, updated_at) VALUES (gen_random_uuid(), 'Stadhuis', now()) RETURNING id`,
      )
    ).rows[0].id;
    const service = (
      await db.query(
        `INSERT INTO service (id, code, name_nl, name_en, duration_minutes, updated_at) VALUES (gen_random_uuid(), 'eid', 'Identiteitskaart', 'Identity card', 10, now()) RETURNING id`,
      )
    ).rows[0].id;
    const desk = (
      await db.query(
        `INSERT INTO desk (id, location_id, name, updated_at) VALUES (gen_random_uuid(), $1, 'Loket 1', now()) RETURNING id`,
        [location],
      )
    ).rows[0].id;
    await db.query(`INSERT INTO desk_service (desk_id, service_id) VALUES ($1, $2)`, [desk, service]);
    await db.query(
      `INSERT INTO device (id, name, kind, location_id, token_hash) VALUES (gen_random_uuid(), 'Scherm', 'screen', $1, $2)`,
      [location, sha256Hex(TOKEN)],
    );
    await db.query(
      `INSERT INTO visit (id, location_id, service_id, day, number, walk_in, due_at, checked_in_at, updated_at)
       SELECT gen_random_uuid(), $1, $2, (now() AT TIME ZONE 'Europe/Brussels')::date, 'A' || lpad(n::text, 3, '0'), true, now() + n * interval '1 ms', now() + n * interval '1 ms', now()
       FROM generate_series(1, $3) n`,
      [location, service, CALLS],
    );
    await db.query(
      `INSERT INTO app_user (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), 'balie@bench.example', 'Balie', 'agent', $1, now())`,
      [await hashPassword(PASSWORD)],
    );
    const login = await fetch(`${system.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'balie@bench.example', password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;

    const url = new URL(system.url);
    const arrivals = new Map<string, number[]>();
    for (let i = 0; i < SCREENS; i += 50)
      await Promise.all(Array.from({ length: Math.min(50, SCREENS - i) }, () => screen(url, arrivals)));
    console.log(
      `\nWaiting-room screens: ${SCREENS} connected over SSE to one api process; ${CALLS} calls, one after another\n`,
    );

    const allScreens: number[] = [];
    const each: number[] = [];
    let missing = 0;
    for (let i = 0; i < CALLS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${system.url}/api/admin/desks/${desk}/call-next`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: '{}',
      });
      const { visit } = (await res.json()) as { visit: { id: string } };
      const deadline = performance.now() + 5000;
      while ((arrivals.get(visit.id)?.length ?? 0) < SCREENS && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 1));
      const got = arrivals.get(visit.id) ?? [];
      missing += SCREENS - got.length;
      for (const t of got) each.push(t - t0);
      if (got.length === SCREENS) allScreens.push(Math.max(...got) - t0);
    }
    console.log(
      `call-next until EVERY screen has the call: p50 ${pct(allScreens, 50).toFixed(1)} ms, p99 ${pct(allScreens, 99).toFixed(1)} ms (over ${allScreens.length} calls)`,
    );
    console.log(
      `call-next until one screen has it:       p50 ${pct(each, 50).toFixed(1)} ms, p99 ${pct(each, 99).toFixed(1)} ms (${each.length} deliveries)`,
    );
    console.log(`missed deliveries: ${missing}`);
    if (missing > 0) process.exitCode = 1;
  } finally {
    await db.end();
    await system.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
