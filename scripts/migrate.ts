import { migrate } from '../src/migrations/migrate';
import { config } from '../src/config';

migrate(config().DATABASE_URL)
  .then((r) => {
    console.log(
      r.applied.length
        ? `migrations applied: ${r.applied.join(', ')}`
        : `database up to date (${r.alreadyApplied} migrations)`,
    );
  })
  .catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
