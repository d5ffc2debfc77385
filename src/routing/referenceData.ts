import { db, inJoinedTransaction } from '../db';
import type { SlaPolicy } from '../generated/prisma/client';
import { forgetRoutingSet } from './routingSet';
import { forgetCalendars } from './schedule';

export interface CategoryFacts {
  id: string;
  code: string;
  active: boolean;
  public: boolean;
  departmentId: string | null;
}

export interface ReferenceData {
  version: string;
  categories: Map<string, CategoryFacts>;
  categoriesByCode: Map<string, CategoryFacts>;
  slaPolicies: SlaPolicy[];
}

let current: Promise<ReferenceData> | undefined;
let loadedAt = 0;
let seenVersion: string | undefined;
/** how long a copy is trusted when nobody says which version is current (a form's category before intake) */
const TRUST_MS = 5000;

async function load(): Promise<ReferenceData> {
  // the version first: an edit committed while the rows are read makes the copy look older, never newer
  const [{ version }] = await db().$queryRaw<{ version: string }[]>`SELECT version::text FROM reference_version`;
  const [categories, slaPolicies] = await Promise.all([
    db().category.findMany({ select: { id: true, code: true, active: true, public: true, departmentId: true } }),
    db().slaPolicy.findMany(),
  ]);
  if (seenVersion !== undefined && version !== seenVersion) {
    // what else is kept per process and changes with the same counter
    forgetRoutingSet();
    forgetCalendars();
  }
  seenVersion = version;
  return {
    version,
    categories: new Map(categories.map((c) => [c.id, c])),
    categoriesByCode: new Map(categories.map((c) => [c.code, c])),
    slaPolicies,
  };
}

/**
 * What intake reads for every ticket (categories, SLA policies; routing rules, zones and calendars are kept beside
 * it), kept in memory. Triggers count every change to those tables in reference_version; intake reads that number
 * with its first query anyway and passes it here, so an edit made in any process is seen by the next ticket.
 */
export async function referenceData(version?: string): Promise<ReferenceData> {
  if (inJoinedTransaction()) {
    // the demo seed's one transaction: its rows (and the version they counted) may yet be rolled back, and a later
    // transaction would count the same version again
    current = undefined;
    seenVersion = undefined;
    forgetRoutingSet();
    forgetCalendars();
    return load();
  }
  const stale =
    !current ||
    (version === undefined
      ? Date.now() - loadedAt > TRUST_MS
      : BigInt((await current.catch(() => undefined))?.version ?? -1) < BigInt(version));
  if (stale) {
    current = load();
    loadedAt = Date.now();
    current.catch(() => {
      current = undefined;
    });
  }
  return current!;
}

/** The reference data as it is now (one query more): before refusing what the kept copy does not know. */
export function freshReferenceData(): Promise<ReferenceData> {
  current = undefined;
  return referenceData();
}
