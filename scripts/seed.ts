import { seedDemo } from '../src/demo/seed';
import { closeDb } from '../src/db';
import { closeQueues } from '../src/queues';
import { closeRedis } from '../src/redis';
import { closePubSub } from '../src/shared/pubsub';
import { registerChannels } from '../src/channels';

// a process of its own: it tells the generic code which channels there are, as app.ts and worker.ts do
registerChannels();

seedDemo()
  .then(async (r) => {
    console.log(r.seeded ? 'demo municipality seeded' : 'database already has users: demo seed skipped');
    // every connection the seed may have opened (queues, live events), so the process ends and `npm start` goes on
    await closeQueues();
    await closePubSub();
    await closeRedis();
    await closeDb();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
