import { Client } from 'pg';
import { config } from '../src/config';

/** Creates the configured database when it does not exist yet (a fresh PostgreSQL has only "postgres"). */
async function main() {
  const target = new URL(config().DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(target.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`database ${name} created`);
    }
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(`Could not create the database: ${err.message}`);
  process.exit(1);
});
