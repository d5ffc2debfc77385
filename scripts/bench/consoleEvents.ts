import http from 'node:http';
import { Client } from 'pg';
import { startSystem } from './harness';
import { hashPassword } from '../../src/auth/password';
import { randomToken, sha256Hex } from '../../src/shared/tokens';

// 200 console tabs on the live stream, one ticket change a second: how long until every console hears of it?
const STREAMS = Number(process.env.BENCH_STREAMS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const AGENTS = Math.min(20, STREAMS);

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** One console tab: its live stream, noting when each ticket change arrives (key: ticket id and new status). */
function consoleStream(url: URL, token: string, arrivals: Map<string, number[]>): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: url.hostname,
        port: url.port,
        path: '/api/admin/events',
        headers: { cookie: `vd_session=${token}` },
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream refused: ${res.statusCode}`));
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          const now = performance.now();
          buffer += chunk.toString();
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.includes('event: hello')) resolve(req);
            if (!block.includes('event: ticket')) continue;
            const data = JSON.parse(/^data: (.*)$/m.exec(block)![1]) as {
              ticketId: string;
              type: string;
              status: string;
            };
            if (data.type !== 'updated') continue;
            const key = `${data.ticketId}:${data.status}`;
            const list = arrivals.get(key) ?? [];
            list.push(now);
            arrivals.set(key, list);
          }
        });
      },
    );
    req.on('error', reject);
  });
}

async function main() {
  const system = await startSystem('console');
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  const streams: http.ClientRequest[] = [];
  try {
    // agents, and one logged-in session per console tab (made in the database: 200 password checks are not the point)
    const hash = await hashPassword('bench-password-2026');
    const agents: string[] = [];
    for (let i = 0; i < AGENTS; i++) {
      const row = await db.query(
        `INSERT INTO app_user (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), $1, $2, 'agent', $3, now()) RETURNING id`,
        [`agent${i}@bench.example`, `Agent ${i}`, hash],
      );
      agents.push(row.rows[0].id);
    }
    const sessions: { token: string; csrf: string }[] = [];
    for (let i = 0; i < STREAMS; i++) {
      const token = randomToken();
      const csrf = randomToken();
      await db.query(
        `INSERT INTO session (id, token_hash, csrf_token, user_id, expires_at) VALUES (gen_random_uuid(), $1, $2, $3, now() + interval '1 day')`,
        [sha256Hex(token), csrf, agents[i % AGENTS]],
      );
      sessions.push({ token, csrf });
    }
    // the tickets come in as citizens send them, through the public API
    const tickets: string[] = [];
    for (let i = 0; i < SECONDS; i++) {
      const res = await fetch(`${system.url}/api/public/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `Burger ${i}`,
          email: `burger${i}@bench.example`,
          subject: `Vraag ${i}`,
          message: 'Een vraag voor de benchmark.',
        }),
      });
      if (res.status !== 201) throw new Error(`ticket not created: ${res.status} ${await res.text()}`);
      tickets.push(
        ((await db.query(`SELECT id FROM ticket WHERE subject = $1`, [`Vraag ${i}`])).rows[0] as { id: string }).id,
      );
    }

    const url = new URL(system.url);
    const arrivals = new Map<string, number[]>();
    for (let i = 0; i < STREAMS; i += 50)
      streams.push(...(await Promise.all(sessions.slice(i, i + 50).map((s) => consoleStream(url, s.token, arrivals)))));
    console.log(
      `\nConsole live stream: ${STREAMS} consoles (SSE, ${AGENTS} agents) on one api process; ${SECONDS} ticket changes, one a second\n`,
    );

    const changer = sessions[0];
    const changes: { key: string; sent: number; answered: number }[] = [];
    const started = performance.now();
    for (let i = 0; i < SECONDS; i++) {
      // one a second, on the clock, whatever the previous change cost
      const due = started + i * 1000;
      if (performance.now() < due) await new Promise((r) => setTimeout(r, due - performance.now()));
      const ticketId = tickets[i];
      const status = i % 2 ? 'pending_citizen' : 'open';
      // the version the agent's screen shows, read before the clock starts: a save names it
      const shown = await fetch(`${system.url}/api/admin/tickets/${ticketId}`, {
        headers: { cookie: `vd_session=${changer.token}` },
      });
      const { version } = (await shown.json()) as { version: number };
      const sent = performance.now();
      const res = await fetch(`${system.url}/api/admin/tickets/${ticketId}`, {
        method: 'PUT',
        headers: {
          cookie: `vd_session=${changer.token}`,
          'x-csrf-token': changer.csrf,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ status, version }),
      });
      if (res.status !== 200) throw new Error(`change refused: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      changes.push({ key: `${ticketId}:${status}`, sent, answered: performance.now() });
    }
    // what has not arrived a few seconds after the last change is missed
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline && changes.some((c) => (arrivals.get(c.key)?.length ?? 0) < STREAMS))
      await new Promise((r) => setTimeout(r, 20));

    const fromAnswer: number[] = [];
    const fromSend: number[] = [];
    const lastConsole: number[] = [];
    let missed = 0;
    let beforeAnswer = 0;
    for (const c of changes) {
      const got = arrivals.get(c.key) ?? [];
      missed += Math.max(0, STREAMS - got.length);
      // the server publishes before it answers: a console may hear of the change before the answer is read (0 ms)
      for (const t of got) {
        if (t < c.answered) beforeAnswer++;
        fromAnswer.push(Math.max(0, t - c.answered));
        fromSend.push(t - c.sent);
      }
      if (got.length >= STREAMS) lastConsole.push(Math.max(...got) - c.sent);
    }
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `delivery after the change's API answer:   p50 ${ms(pct(fromAnswer, 50))}, p95 ${ms(pct(fromAnswer, 95))}, p99 ${ms(pct(fromAnswer, 99))} (${fromAnswer.length} deliveries, ${beforeAnswer} of them before the answer: 0 ms)`,
    );
    console.log(
      `delivery after the change was sent:       p50 ${ms(pct(fromSend, 50))}, p95 ${ms(pct(fromSend, 95))}, p99 ${ms(pct(fromSend, 99))}`,
    );
    console.log(
      `until the LAST of ${STREAMS} consoles has it:  p50 ${ms(pct(lastConsole, 50))}, p99 ${ms(pct(lastConsole, 99))} (over ${lastConsole.length} changes)`,
    );
    console.log(`missed deliveries: ${missed} of ${changes.length * STREAMS}`);
    if (missed > 0) process.exitCode = 1;
  } finally {
    for (const s of streams) s.destroy();
    await db.end();
    await system.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
