import { Client } from 'pg';
import { rm } from 'node:fs/promises';
import { forgetRedisKeys } from './redisKeys';
import { closeDb } from '../../src/db';
import { closeQueues } from '../../src/queues';
import { closeRedis } from '../../src/redis';
import { closeMailer } from '../../src/channels/email/mailer';
import { closeHealthProbe } from '../../src/health/routes';
import { runTeardowns } from './teardown';
import { closeRateLimits } from '../../src/http/rateLimit';
import { stopLanguageThread } from '../../src/channels/email/languageThread';

const name = new URL(process.env.DATABASE_URL!).pathname.slice(1);

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const admin = new Client({
    connectionString: process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

// src/app.ts and src/worker.ts register the channels at start; tests that call services on their own need them too.
// Loaded once the test file's own imports ran: the channels' routes read the settings, which a test may set first.
beforeAll(async () => {
  const { registerChannels } = await import('../../src/channels');
  registerChannels();
  (await import('../../src/live/events')).subscribeLiveToTicketChanges();
});

beforeAll(async () => {
  await withAdmin(async (admin) => {
    // copying a template fails while another copy of it is being made: try again shortly
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.VD_TEST_TEMPLATE}"`);
        return;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
});

afterAll(async () => {
  await runTeardowns();
  await closeQueues();
  await closeRedis();
  closeMailer();
  closeHealthProbe();
  closeRateLimits();
  // each test file has its own modules, so its own language thread (some 57 MB): ended with the file
  await stopLanguageThread();
  // imported here, not at the top: these modules read the configuration, which a test file may still set (for
  // example a short status-update delay) when this setup file loads
  await (await import('../../src/live/presence')).stopPresence();
  await (await import('../../src/shared/pubsub')).closePubSub();
  await closeDb();
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  await forgetRedisKeys(process.env.REDIS_URL!, process.env.REDIS_PREFIX!);
  await rm(process.env.STORAGE_DIR!, { recursive: true, force: true });
});
