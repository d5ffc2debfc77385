import { spawn } from 'node:child_process';
import { Client } from 'pg';

/**
 * libpq's own environment variables for a DATABASE_URL: the password stays out of the process list, and query
 * options only Voordeur's driver understands (e.g. ?schema=, ?connection_limit=) do not trip pg_dump.
 */
export function pgEnvironment(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(url.hostname) || 'localhost',
    PGPORT: url.port || '5432',
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
  };
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/** Runs pg_dump or pg_restore; its own words come back in the error when it fails. */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...pgEnvironment(databaseUrl) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          err.code === 'ENOENT'
            ? `${tool} was not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client)`
            : `${tool} could not start: ${err.message}`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}

/** Creates the database when it does not exist; says whether it already holds tables (then nothing is restored into it). */
export async function prepareEmptyDatabase(databaseUrl: string): Promise<{ created: boolean; tables: number }> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(target.toString());
  admin.pathname = '/postgres';
  admin.search = '';
  const server = new Client({ connectionString: admin.toString() });
  await server.connect();
  let created = false;
  try {
    const { rowCount } = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await server.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      created = true;
    }
  } finally {
    await server.end();
  }
  target.search = '';
  const db = new Client({ connectionString: target.toString() });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    return { created, tables: Number(rows[0].n) };
  } finally {
    await db.end();
  }
}
