import autocannon from 'autocannon';
import { Client } from 'pg';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { benchForm, startSystem } from './harness';
import { captureTemplate, limitRound, rowsByTable, type LimitResult } from './intakeLimit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** BENCH_LEVELS=8: only these concurrency levels (a profile of one level) */
const LEVELS = (process.env.BENCH_LEVELS ?? '1,8,32').split(',').map(Number);

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
        setupRequest: (req) => ({
          ...req,
          headers: { 'content-type': 'application/json' },
          body: benchForm({ category: 'straatverlichting', latitude: 50.85, longitude: 3.26 }),
        }),
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
/** --json: one JSON document on stdout instead of the table */
const JSON_OUT = process.argv.includes('--json');
const say = (line: string) => (JSON_OUT ? process.stderr : process.stdout).write(`${line}\n`);

/** The process and the processes it started (the api processes of API_PROCESSES), from Linux /proc. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    // gone meanwhile
  }
  return [pid, ...children.flatMap(processTree)];
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The highest resident memory of a process and its children together while `during` runs, sampled every 100 ms. */
async function peakRss<T>(pid: number, during: Promise<T>): Promise<[T, number]> {
  let peak = 0;
  const sample = () => {
    peak = Math.max(
      peak,
      processTree(pid).reduce((sum, p) => sum + rssMb(p), 0),
    );
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await during;
    sample();
    return [result, peak];
  } finally {
    clearInterval(timer);
  }
}

/**
 * CPU time (user + system, in ms) used so far by these processes and by the children they have reaped. PostgreSQL's
 * postmaster reaps every backend that ends, so a connection that closes during the round (an idle one the pool lets
 * go) is still counted: alive at the start, it is counted then as itself and at the end inside its parent's children.
 */
function cpuMsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [utime, stime, cutime, cstime] = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .slice(11, 15)
        .map(Number);
      ticks += utime + stime + cutime + cstime;
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** PostgreSQL's processes on this machine (its backends for every database: the benchmark wants a quiet machine). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The whole machine's busy CPU time in ms (every core; /proc/stat counts in USER_HZ). */
function machineBusyMs(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) * 10;
}

/** CPU time per accepted ticket while `during` runs: the api's processes, PostgreSQL's, and the whole machine's. */
async function cpuPerTicket<T>(
  pid: number,
  during: Promise<T>,
): Promise<[T, (tickets: number) => { api: number; postgres: number; machine: number }]> {
  const start = { api: cpuMsOf(processTree(pid)), postgres: cpuMsOf(postgresPids()), machine: machineBusyMs() };
  const result = await during;
  const end = { api: cpuMsOf(processTree(pid)), postgres: cpuMsOf(postgresPids()), machine: machineBusyMs() };
  return [
    result,
    (tickets) => ({
      api: (end.api - start.api) / tickets,
      postgres: (end.postgres - start.postgres) / tickets,
      machine: (end.machine - start.machine) / tickets,
    }),
  ];
}

async function main() {
  const system = REDIS_CUT
    ? await startSystem(
        'intake_nored',
        { REDIS_URL: 'redis://127.0.0.1:1' },
        { mode: 'api', readyPath: '/health/live' },
      )
    : await startSystem('intake');
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  const dept = await db.query(
    `INSERT INTO department (id, name, updated_at) VALUES (gen_random_uuid(), 'Openbare Werken', now()) RETURNING id`,
  );
  await db.query(
    `INSERT INTO category (id, code, name_nl, name_en, department_id, updated_at) VALUES (gen_random_uuid(), 'straatverlichting', 'Straatverlichting', 'Street lights', $1, now())`,
    [dept.rows[0].id],
  );
  const rounds: {
    concurrency: number;
    ticketsPerSecond: number;
    p50Ms: number;
    p99Ms: number;
    limitTps?: number;
    limitP99Ms?: number;
    ratio?: number;
    rssMb: number;
    cpuMsPerTicket: { api: number; postgres: number; machine: number };
  }[] = [];
  try {
    say(
      `\nWeb-form intake${REDIS_CUT ? ' WITH REDIS CUT' : ''}: POST /api/public/tickets (JSON), ${SECONDS} s per concurrency level, every request a new citizen`,
    );
    if (!REDIS_CUT)
      say(
        `limit: the same rows one ticket leaves behind, written straight through pg, one transaction per ticket sent as one message, same concurrency and time`,
      );
    say('');
    say('concurrency   tickets/s   p50 ms   p99 ms   api RSS MB   limit tx/s   limit p99   Voordeur ÷ limit   check');
    for (const c of LEVELS) {
      const before = Number((await db.query('SELECT count(*) FROM ticket')).rows[0].count);
      const rowsBefore = c === LEVELS[0] ? await rowsByTable(db) : undefined;
      const roundStart = new Date();
      const [[r, rssMb], cpuOf] = await cpuPerTicket(system.pid, peakRss(system.pid, round(system.url, c)));
      const cpu = cpuOf(Math.max(1, r.accepted.length));
      await new Promise((done) => setTimeout(done, 1000)); // requests still in flight at the cut-off finish
      const after = Number((await db.query('SELECT count(*) FROM ticket')).rows[0].count);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM ticket WHERE reference = ANY($1)', [r.accepted]);
      const doubled = await db.query(
        `SELECT count(*)::int AS n FROM (SELECT external_id FROM message WHERE channel = 'web' GROUP BY external_id HAVING count(DISTINCT ticket_id) > 1) d`,
      );
      const distinct = new Set(r.accepted).size;
      // autocannon stops counting at the cut-off; the few requests then in flight are created without being counted
      const inFlight = after - before - r.accepted.length;
      const ok =
        rows[0].n === r.accepted.length &&
        distinct === r.accepted.length &&
        doubled.rows[0].n === 0 &&
        inFlight >= 0 &&
        inFlight <= c;
      if (rowsBefore) {
        // what one ticket leaves in the database (the limit round writes these, but for ticket_search, which its
        // trigger writes)
        const made = after - before;
        const perTicket = [...(await rowsByTable(db))]
          .map(([table, n]) => ({ table, per: (n - (rowsBefore.get(table) ?? 0)) / made }))
          .filter((w) => w.per > 0)
          .map((w) => `${w.table} ${w.per.toFixed(2)}`);
        say(`rows per ticket after the first round: ${perTicket.join(', ')}`);
      }
      // the worker in the same process sends the acknowledgements; the limit round starts once it has, so it measures
      // the database alone (and how long the acknowledgements took is a figure of its own)
      const drainStart = Date.now();
      let waiting = 0;
      for (;;) {
        waiting = Number(
          (await db.query(`SELECT count(*) FROM notification WHERE status IN ('pending', 'sending')`)).rows[0].count,
        );
        if (waiting === 0 || REDIS_CUT || Date.now() - drainStart > 120_000) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      const sent = Number(
        (await db.query(`SELECT count(*) FROM notification WHERE status = 'sent' AND created_at >= $1`, [roundStart]))
          .rows[0].count,
      );
      if (!REDIS_CUT)
        say(
          `  acknowledgements of the round sent: ${sent}, the last ${((Date.now() - drainStart) / 1000).toFixed(1)} s after the round ended${waiting ? ` (${waiting} still waiting)` : ''}`,
        );
      let limit: LimitResult | undefined;
      if (!REDIS_CUT && r.accepted.length) {
        const last = (await db.query('SELECT id FROM ticket WHERE reference = $1', [r.accepted[r.accepted.length - 1]]))
          .rows[0].id as string;
        limit = await limitRound(system.databaseUrl, await captureTemplate(db, last), c, SECONDS);
      }
      const tps = r.accepted.length / SECONDS;
      rounds.push({
        concurrency: c,
        ticketsPerSecond: tps,
        p50Ms: r.result.latency.p50,
        p99Ms: r.result.latency.p99,
        limitTps: limit?.perSecond,
        limitP99Ms: limit?.p99Ms,
        ratio: limit ? tps / limit.perSecond : undefined,
        rssMb: Math.round(rssMb),
        cpuMsPerTicket: cpu,
      });
      say(
        `${String(c).padStart(11)}   ${tps.toFixed(1).padStart(9)}   ${String(r.result.latency.p50).padStart(6)}   ${String(r.result.latency.p99).padStart(6)}   ${String(Math.round(rssMb)).padStart(10)}   ${limit ? limit.perSecond.toFixed(1).padStart(10) : '         -'}   ${limit ? limit.p99Ms.toFixed(0).padStart(9) : '        -'}   ${limit ? `${((100 * tps) / limit.perSecond).toFixed(1)} %`.padStart(16) : '               -'}   ${ok ? `ok: each accepted request is one ticket, none doubled (+${inFlight} in flight at cut-off)` : `MISMATCH: ${after - before} new tickets for ${r.accepted.length} accepted, ${doubled.rows[0].n} keys doubled`}`,
      );
      say(
        `              CPU per ticket during the round: api ${cpu.api.toFixed(2)} ms, PostgreSQL ${cpu.postgres.toFixed(2)} ms, whole machine ${cpu.machine.toFixed(2)} ms (the ${availableParallelism()} cores had ${((availableParallelism() * 1000 * SECONDS) / Math.max(1, r.accepted.length)).toFixed(2)} ms)`,
      );
      if (!ok) process.exitCode = 1;
    }
    if (JSON_OUT) process.stdout.write(`${JSON.stringify({ redisCut: REDIS_CUT, seconds: SECONDS, rounds })}\n`);
  } finally {
    await db.end();
    await system.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
