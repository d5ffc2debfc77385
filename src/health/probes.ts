import { db } from '../db';

/** The database answers a query (the readiness check's probe). */
export const pingDatabase = () => db().$queryRaw`SELECT 1`;
