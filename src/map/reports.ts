import { DateTime } from 'luxon';
import { z } from 'zod';
import { db } from '../db';
import type { Prisma, TicketStatus } from '../generated/prisma/client';
import { PUBLIC_REPORT, PUBLIC_STATUS, publicLocation } from '../reports/publicReports';
import { clock } from '../shared/clock';

export const MAX_FEATURES = 5000;
const OPEN: TicketStatus[] = ['new', 'open', 'pending_citizen'];
const DONE: TicketStatus[] = ['resolved', 'closed'];
/** how far rounding to 3 decimals can move a point: candidates are read with this margin, then filtered on their public location */
const ROUNDING_MARGIN = 0.0006;

const CODE = /^[a-z0-9][a-z0-9-]{0,99}$/;
const BBOX_HINT = 'Give four numbers: minLng,minLat,maxLng,maxLat (e.g. 3.2,50.8,3.3,50.9).';

const categoryList = z.union([z.string(), z.array(z.string())]).transform((v, ctx) => {
  const codes = (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length > 50 || codes.some((c) => !CODE.test(c))) {
    ctx.addIssue({
      code: 'custom',
      message: 'Give category codes (lowercase letters, digits and dashes), separated by commas.',
    });
    return z.NEVER;
  }
  return codes.length ? codes : undefined;
});

const bbox = z.string({ error: BBOX_HINT }).transform((v, ctx) => {
  const parts = v.split(',').map((p) => p.trim());
  const n = parts.map(Number);
  const [minLng, minLat, maxLng, maxLat] = n;
  const ok =
    parts.length === 4 &&
    parts.every((p) => p !== '') &&
    n.every(Number.isFinite) &&
    minLng >= -180 &&
    maxLng <= 180 &&
    minLat >= -90 &&
    maxLat <= 90 &&
    minLng < maxLng &&
    minLat < maxLat;
  if (!ok) {
    ctx.addIssue({
      code: 'custom',
      message: `${BBOX_HINT} Longitudes from -180 to 180, latitudes from -90 to 90, each minimum below its maximum.`,
    });
    return z.NEVER;
  }
  return { minLng, minLat, maxLng, maxLat };
});

const DAYS = 'Use a whole number of days from 1 to 365.';

export const ReportsQuery = z.object({
  category: categoryList.optional().describe('Category code(s), comma separated; default all.'),
  status: z
    .enum(['open', 'resolved', 'all'], { error: 'Use open, resolved or all.' })
    .default('all')
    .describe('open, resolved (within `days`) or all.'),
  days: z.coerce
    .number({ error: DAYS })
    .int(DAYS)
    .min(1, DAYS)
    .max(365, DAYS)
    .default(30)
    .describe('How many days resolved reports stay on the map.'),
  bbox: bbox.optional().describe('minLng,minLat,maxLng,maxLat'),
  language: z.enum(['nl', 'en'], { error: 'Use nl or en.' }).default('nl'),
});
export type ReportsQuery = z.infer<typeof ReportsQuery>;

export interface ReportFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    reference: string;
    category: string;
    categoryName: string;
    status: 'open' | 'resolved';
    statusLabel: string;
    reportedOn: string;
    updatedOn: string;
  };
}

export interface ReportCollection {
  type: 'FeatureCollection';
  features: ReportFeature[];
}

const brusselsDate = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Brussels' }).toISODate()!;

/**
 * The reports anyone may see on the map: open ones and those resolved in the last `days`, newest
 * first, with only what PUBLIC_REPORT and publicLocation allow. The bounding box is applied to the
 * public (rounded) location, so shrinking it cannot narrow a report down to its exact spot.
 */
export async function publicReportCollection(q: ReportsQuery): Promise<ReportCollection> {
  const since = DateTime.fromJSDate(clock.now()).minus({ days: q.days }).toJSDate();
  const recentlyDone: Prisma.TicketWhereInput = {
    status: { in: DONE },
    OR: [
      { resolvedAt: { gte: since } },
      { resolvedAt: null, closedAt: { gte: since } },
      { resolvedAt: null, closedAt: null, updatedAt: { gte: since } },
    ],
  };
  const statusWhere: Prisma.TicketWhereInput =
    q.status === 'open'
      ? { status: { in: OPEN } }
      : q.status === 'resolved'
        ? recentlyDone
        : { OR: [{ status: { in: OPEN } }, recentlyDone] };
  const b = q.bbox;
  const where: Prisma.TicketWhereInput = {
    AND: [
      PUBLIC_REPORT,
      { latitude: { not: null }, longitude: { not: null } },
      statusWhere,
      ...(q.category ? [{ category: { code: { in: q.category } } }] : []),
      ...(b
        ? [
            {
              latitude: { gte: b.minLat - ROUNDING_MARGIN, lte: b.maxLat + ROUNDING_MARGIN },
              longitude: { gte: b.minLng - ROUNDING_MARGIN, lte: b.maxLng + ROUNDING_MARGIN },
            },
          ]
        : []),
    ],
  };
  const rows = await db().ticket.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: b ? MAX_FEATURES + 500 : MAX_FEATURES,
    select: {
      reference: true,
      status: true,
      latitude: true,
      longitude: true,
      createdAt: true,
      updatedAt: true,
      category: { select: { code: true, nameNl: true, nameEn: true, mapVisibility: true } },
    },
  });
  const features: ReportFeature[] = [];
  for (const t of rows) {
    if (!t.category) continue;
    const at = publicLocation(t.latitude, t.longitude, t.category.mapVisibility);
    if (!at) continue;
    if (b && (at.long < b.minLng || at.long > b.maxLng || at.lat < b.minLat || at.lat > b.maxLat)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [at.long, at.lat] },
      properties: {
        reference: t.reference,
        category: t.category.code,
        categoryName: q.language === 'en' ? t.category.nameEn : t.category.nameNl,
        status: DONE.includes(t.status) ? 'resolved' : 'open',
        statusLabel: PUBLIC_STATUS[q.language][t.status],
        reportedOn: brusselsDate(t.createdAt),
        updatedOn: brusselsDate(t.updatedAt),
      },
    });
    if (features.length >= MAX_FEATURES) break;
  }
  return { type: 'FeatureCollection', features };
}

/** The categories a citizen can report on the map (also the map's filter), in their language. */
export async function reportCategories(language: 'nl' | 'en') {
  const rows = await db().category.findMany({
    where: { reportable: true, public: true, active: true },
    orderBy: language === 'en' ? { nameEn: 'asc' } : { nameNl: 'asc' },
  });
  return rows.map((c) => ({
    code: c.code,
    name: language === 'en' ? c.nameEn : c.nameNl,
    description: c.description,
    shownOnMap: c.mapVisibility !== 'hidden',
  }));
}
