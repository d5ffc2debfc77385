import { Client } from 'pg';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { migrate } from '../../src/migrations/migrate';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** One migrated template database per run; each test file copies it (fast) and drops its copy. */
export default async function globalSetup(): Promise<void> {
  const run = `vdt_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  process.env.VD_TEST_RUN = run;
  process.env.VD_TEST_TEMPLATE = `${run}_tpl`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect().catch((err) => {
    throw new Error(
      `Tests need PostgreSQL at ${ADMIN_URL} (${err.message}). Start it (see README) or set TEST_DATABASE_ADMIN_URL.`,
    );
  });
  const redis = new IORedis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  await redis.connect().catch((err) => {
    throw new Error(`Tests need Redis at ${REDIS_URL} (${err.message}). Start it (see README) or set TEST_REDIS_URL.`);
  });
  redis.disconnect();
  await admin.query(`CREATE DATABASE "${process.env.VD_TEST_TEMPLATE}"`);
  await admin.end();
  await migrate(databaseUrl(process.env.VD_TEST_TEMPLATE));
}
