import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { config } from './config';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

let client: PrismaClient | undefined;

export function db(): PrismaClient {
  if (!client) {
    const adapter = new PrismaPg({ connectionString: config().DATABASE_URL, max: config().DATABASE_POOL_SIZE });
    // bursts of new tickets wait their turn for a connection and for the department row they are assigned
    // under, rather than failing after Prisma's default 2 s
    client = new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 20_000 } });
  }
  return client;
}

export async function closeDb(): Promise<void> {
  await client?.$disconnect();
  client = undefined;
}
