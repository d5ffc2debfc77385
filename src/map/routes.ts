import { z } from 'zod';
import { defineRoute } from '../http/route';
import { rateLimit } from '../http/rateLimit';
import { config } from '../config';
import { searchAddress } from './geocoder';
import { publicReportCollection, reportCategories, ReportsQuery } from './reports';

const reads = () => rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);

export const mapRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/public/reports.geojson',
    tag: 'public',
    summary:
      'The public map of reports as a GeoJSON FeatureCollection (application/geo+json): open reports and those resolved in the last `days`, ' +
      'newest first, at most 5000. Locations are rounded (about 100 m for most categories); no personal data, subject or message.',
    access: 'public',
    before: [reads()],
    query: ReportsQuery,
    handler: async (_req, res, { query }) => {
      const collection = await publicReportCollection(query);
      res.setHeader('Cache-Control', 'public, max-age=60');
      res.status(200).type('application/geo+json').send(JSON.stringify(collection));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/public/report-categories',
    tag: 'public',
    summary:
      'Categories of problems in public space that can be reported on the map (also its filter); shownOnMap is false for those kept off the public map.',
    access: 'public',
    before: [reads()],
    query: z.object({ language: z.enum(['nl', 'en'], { error: 'Use nl or en.' }).default('nl') }),
    handler: (_req, _res, { query }) => reportCategories(query.language),
  }),
  defineRoute({
    method: 'get',
    path: '/api/public/geocode',
    tag: 'public',
    summary:
      'Address search for the map, passed on by this server to the geocoder of GEOCODER_URL (404 when none is set up): ' +
      'at most 5 places with a label, latitude and longitude. Rate-limited per address.',
    access: 'public',
    before: [rateLimit('geocoder', () => config().RATE_LIMIT_GEOCODER_PER_MINUTE)],
    query: z.object({
      q: z
        .string({ error: 'Give an address to search for.' })
        .trim()
        .min(3, 'Give at least 3 characters of an address.')
        .max(200, 'An address has at most 200 characters.'),
      language: z.enum(['nl', 'en'], { error: 'Use nl or en.' }).default('nl'),
    }),
    handler: async (_req, res, { query }) => {
      const places = await searchAddress(query.q, query.language);
      res.setHeader('Cache-Control', 'no-store');
      return places;
    },
  }),
];
