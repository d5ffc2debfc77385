import { Client } from 'pg';
import { config } from '../src/config';

const SKIPPED = 'database already has users: demo seed skipped';

/** A database with users is never seeded: said with one query, before the demo's modules load (a second start). */
async function hasUsers(): Promise<boolean> {
  const client = new Client({ connectionString: config().DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('SELECT EXISTS (SELECT 1 FROM app_user) AS any')).rows[0].any as boolean;
  } finally {
    await client.end();
  }
}

async function main() {
  if (await hasUsers()) {
    console.log(SKIPPED);
    return;
  }
  // a process of its own: it tells the generic code which channels there are, as app.ts and worker.ts do
  (await import('../src/channels')).registerChannels();
  const { seedDemo } = await import('../src/demo/seed');
  const { closeDb } = await import('../src/db');
  const { closeQueues } = await import('../src/queues');
  const { closeRedis } = await import('../src/redis');
  const { closePubSub } = await import('../src/shared/pubsub');
  try {
    const r = await seedDemo();
    console.log(r.seeded ? 'demo municipality seeded' : SKIPPED);
  } finally {
    // every connection the seed may have opened (queues, live events), so the process ends and `npm start` goes on
    await closeQueues();
    await closePubSub();
    await closeRedis();
    await closeDb();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
