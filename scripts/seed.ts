import { seedDemo } from '../src/demo/seed';
import { closeDb } from '../src/db';
import { closeQueues } from '../src/queues';

seedDemo()
  .then(async (r) => {
    console.log(r.seeded ? 'demo municipality seeded' : 'database already has users: demo seed skipped');
    await closeQueues();
    await closeDb();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
