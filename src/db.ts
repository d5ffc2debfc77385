import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { config } from './config';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

let client: PrismaClient | undefined;

export function db(): PrismaClient {
  if (!client) {
    const adapter = new PrismaPg({ connectionString: config().DATABASE_URL, max: config().DATABASE_POOL_SIZE });
    client = new PrismaClient({ adapter });
  }
  return client;
}

export async function closeDb(): Promise<void> {
  await client?.$disconnect();
  client = undefined;
}
