import { defineConfig } from 'prisma/config';

// Only the CLI reads this file (generate, and migrate for those who have Prisma's schema engine);
// the application builds its own connection from src/config.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/voordeur' },
});
