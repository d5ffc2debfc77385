// Upgrades without downtime (README, "Upgrades without downtime"): the new release's migrations run while the
// previous release keeps answering, and only then are its processes replaced. That holds when every migration is an
// "expand" step the previous release's code can live with. This test runs the real previous release: the source as
// it was just before the newest migration was added (git archive), compiled once into a gitignored cache, on a
// database holding its own demo data, under a steady stream of requests while today's migrations are applied.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../src/migrations/migrate';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { exited, freePort, startVoordeur } from '../resilience/processes';

const root = path.join(__dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root }).toString().trim();

function newestMigration(): string {
  return readdirSync(path.join(root, 'prisma/migrations'))
    .filter((d) => /^\d+_/.test(d))
    .sort()
    .pop()!;
}

/** The commit just before the newest migration came in: the release that runs while it is applied. */
function previousRelease(): string {
  const added = git('log', '--format=%H', '--diff-filter=A', '--', `prisma/migrations/${newestMigration()}`)
    .split('\n')
    .pop();
  if (!added) throw new Error('the newest migration is not committed yet: commit it, then run this test');
  return git('rev-parse', `${added}^`);
}

function run(cwd: string, command: string, args: string[], timeout = 240_000) {
  const r = spawnSync(command, args, { cwd, stdio: 'pipe', timeout });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}${r.stdout}`);
}

/** The previous release, compiled (kept in node_modules/.cache by commit, so the build happens once). */
function buildPrevious(commit: string): string {
  const cache = path.join(root, 'node_modules/.cache/voordeur-previous-release');
  const dir = path.join(cache, commit);
  if (existsSync(path.join(dir, 'dist/src/main.js'))) return dir;
  mkdirSync(cache, { recursive: true });
  const tmp = mkdtempSync(path.join(cache, 'building-'));
  try {
    execFileSync('bash', ['-c', `git archive ${commit} | tar -x -C "${tmp}"`], { cwd: root });
    // today's installed packages when the lockfile is the same; its own when the release before had other packages
    // (a dependency removed since would be missing)
    const sameLock =
      readFileSync(path.join(tmp, 'package-lock.json'), 'utf8') ===
      readFileSync(path.join(root, 'package-lock.json'), 'utf8');
    if (sameLock) symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'));
    else run(tmp, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], 600_000);
    run(tmp, 'bash', ['scripts/generate.sh']);
    run(tmp, process.execPath, [path.join(tmp, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
    renameSync(tmp, dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

let previous: string;
let databaseUrl: string;

beforeAll(async () => {
  previous = buildPrevious(previousRelease());
  const admin = new URL(process.env.DATABASE_URL!);
  const name = `${admin.pathname.slice(1)}_previous`;
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  onTeardown(async () => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  // the previous release's own schema and demo data, written by its own scripts
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  const migrated = spawnSync(process.execPath, [path.join(previous, 'dist/scripts/migrate.js')], {
    env,
    stdio: 'pipe',
  });
  if (migrated.status !== 0) throw new Error(`the previous release's migrations failed: ${migrated.stderr}`);
  // an older seed script may keep its Redis connection open after the work: done is when it says so
  const seed = spawn(process.execPath, [path.join(previous, 'dist/scripts/seed.js')], { env, stdio: 'pipe' });
  onTeardown(() => seed.kill('SIGKILL'));
  let said = '';
  seed.stdout.on('data', (d) => (said += d));
  seed.stderr.on('data', (d) => (said += d));
  await eventually(
    async () => {
      if (seed.exitCode !== null && !said.includes('demo municipality seeded')) throw new Error(said);
      return said.includes('demo municipality seeded');
    },
    180_000,
    "the previous release's demo seed",
  );
  seed.kill('SIGKILL');
}, 600_000);

async function startPrevious(port: number) {
  const proc = spawn(process.execPath, [path.join(previous, 'dist/src/main.js'), 'api'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTeardown(() => proc.kill('SIGKILL'));
  await eventually(
    () =>
      fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok || undefined,
        () => undefined,
      ),
    30000,
    'the previous release to answer',
  );
  return proc;
}

/** What people do all day: the form, the categories, and an agent's ticket list and ticket. */
async function workday(base: string, i: number, cookie: string): Promise<number[]> {
  const statuses: number[] = [];
  const form = await fetch(`${base}/api/public/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `upgrade${i}@example.be`, subject: `Tijdens de upgrade ${i}`, message: 'Gaat dit?' }),
  });
  statuses.push(form.status);
  statuses.push((await fetch(`${base}/api/public/categories`)).status);
  const list = await fetch(`${base}/api/admin/tickets?range=${encodeURIComponent('[0,9]')}`, { headers: { cookie } });
  statuses.push(list.status);
  const tickets = (await list.json()) as { id: string }[];
  if (tickets[0])
    statuses.push((await fetch(`${base}/api/admin/tickets/${tickets[0].id}`, { headers: { cookie } })).status);
  return statuses;
}

async function login(base: string): Promise<string> {
  const { DEMO_PASSWORD } = await import('../../src/demo/data');
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sofie@voordeur.example', password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

test("the previous release keeps answering while today's migrations are applied, and after", async () => {
  const port = freePort();
  const api = await startPrevious(port);
  const base = `http://127.0.0.1:${port}`;
  const cookie = await login(base);

  const statuses: number[] = [];
  let running = true;
  let i = 0;
  const load = (async () => {
    while (running) statuses.push(...(await workday(base, i++, cookie)));
  })();
  await new Promise((r) => setTimeout(r, 500));
  const result = await migrate(databaseUrl);
  expect(result.applied).toContain(newestMigration());
  const during = statuses.length;
  await new Promise((r) => setTimeout(r, 1500));
  running = false;
  await load;
  expect(statuses.length).toBeGreaterThan(during);
  expect(statuses.filter((s) => s >= 400)).toEqual([]);

  // then the previous release stops and today's takes over the same data
  api.kill('SIGTERM');
  expect(await exited(api)).toBe(0);
  const nextPort = freePort();
  const current = startVoordeur('api', { DATABASE_URL: databaseUrl, PORT: String(nextPort), HOST: '127.0.0.1' });
  onTeardown(() => current.kill('SIGKILL'));
  const next = `http://127.0.0.1:${nextPort}`;
  await eventually(
    () =>
      fetch(`${next}/health/ready`).then(
        (r) => r.ok || undefined,
        () => undefined,
      ),
    30000,
    "today's release to answer",
  );
  // the session made on the previous release is still valid: nobody is logged out by the upgrade
  expect((await workday(next, i++, cookie)).filter((s) => s >= 400)).toEqual([]);
}, 120_000);
