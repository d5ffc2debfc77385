import { z } from 'zod';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

/** [longitude, latitude], GeoJSON order. */
export type LngLat = [number, number];
export interface GeoJsonPolygon {
  type: 'Polygon';
  coordinates: LngLat[][];
}
export interface GeoJsonMultiPolygon {
  type: 'MultiPolygon';
  coordinates: LngLat[][][];
}
export interface Zone {
  id: string;
  name: string;
  geometry: GeoJsonPolygon | GeoJsonMultiPolygon;
}

const Position = z
  .array(z.number())
  .min(2, 'A point must be [longitude, latitude].')
  .max(3, 'A point must be [longitude, latitude] (an optional altitude is the only extra value allowed).');
const Ring = z.array(Position);

/** Admin-readable problems with one polygon's rings, numbered from 1 as a person counts them; polygonLabel names the part of a multipolygon. */
function ringProblems(rings: number[][][], polygonLabel: string): { path: number[]; message: string }[] {
  const problems: { path: number[]; message: string }[] = [];
  rings.forEach((ring, r) => {
    const label = `${polygonLabel ? `${polygonLabel}, ring` : 'Ring'} ${r + 1}${r === 0 ? '' : ' (a hole)'}`;
    if (ring.length < 4) {
      problems.push({
        path: [r],
        message: `${label} has ${ring.length} points; a closed ring needs at least 4 (three corners and the first point repeated).`,
      });
      return;
    }
    ring.forEach(([lng, lat], p) => {
      if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
        problems.push({
          path: [r, p],
          message: `${label}, point ${p + 1} [${lng}, ${lat}] is off the map: GeoJSON lists longitude (-180 to 180) first, then latitude (-90 to 90).`,
        });
      }
    });
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      problems.push({ path: [r], message: `${label} is not closed: its last point must equal its first.` });
    }
  });
  return problems;
}

function reportRings(rings: number[][][], polygonLabel: string, pathPrefix: (string | number)[], ctx: z.RefinementCtx) {
  for (const problem of ringProblems(rings, polygonLabel)) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: [...pathPrefix, ...problem.path] });
  }
}

const Polygon = z
  .object({
    type: z.literal('Polygon'),
    coordinates: z.array(Ring).min(1, 'A polygon needs an outer ring.'),
  })
  .superRefine((g, ctx) => reportRings(g.coordinates, '', ['coordinates'], ctx));

const MultiPolygon = z
  .object({
    type: z.literal('MultiPolygon'),
    coordinates: z
      .array(z.array(Ring).min(1, 'Each polygon needs an outer ring.'))
      .min(1, 'A multipolygon needs at least one polygon.'),
  })
  .superRefine((g, ctx) =>
    g.coordinates.forEach((rings, i) => reportRings(rings, `Polygon ${i + 1}`, ['coordinates', i], ctx)),
  );

const AREA_ONLY =
  'A zone must be an area: a GeoJSON Polygon or MultiPolygon (points and lines cannot contain a location).';
const Geometry = z.discriminatedUnion('type', [Polygon, MultiPolygon], { error: AREA_ONLY });
const Feature = z.object({ type: z.literal('Feature'), geometry: Geometry, properties: z.unknown().optional() });
const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(Feature)
    .length(
      1,
      'A zone is one area: the FeatureCollection must hold exactly one feature (use a MultiPolygon for separate parts).',
    ),
});

const toLngLat = (p: number[]): LngLat => [p[0], p[1]];
type ParsedGeometry = z.infer<typeof Geometry>;

function normalise(geometry: ParsedGeometry): GeoJsonPolygon | GeoJsonMultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(toLngLat)) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((rings) => rings.map((ring) => ring.map(toLngLat))),
      };
}

/** A zone's shape as drawn or uploaded by an administrator, normalised to a bare Polygon or MultiPolygon of [lng, lat] points. */
export const ZoneGeometry = z
  .discriminatedUnion('type', [Polygon, MultiPolygon, Feature, FeatureCollection], {
    error: `${AREA_ONLY} A Feature or a FeatureCollection holding exactly one of these is accepted too.`,
  })
  .transform((input) =>
    normalise(
      input.type === 'FeatureCollection'
        ? input.features[0].geometry
        : input.type === 'Feature'
          ? input.geometry
          : input,
    ),
  )
  .describe(
    'GeoJSON Polygon or MultiPolygon ([longitude, latitude] points, closed rings, later rings are holes), or a Feature / FeatureCollection holding exactly one.',
  );

type BBox = { minLng: number; minLat: number; maxLng: number; maxLat: number };
// Zones are loaded once and checked for many tickets; the box of a geometry object never changes, so compute it once.
const boxes = new WeakMap<object, BBox>();

function bboxOf(geometry: Zone['geometry']): BBox {
  let box = boxes.get(geometry);
  if (box) return box;
  box = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  const outerRings =
    geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((rings) => rings[0]);
  for (const ring of outerRings) {
    for (const [lng, lat] of ring ?? []) {
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  boxes.set(geometry, box);
  return box;
}

/** Holes are respected; a point on the boundary (outer edge or a hole's edge) counts as inside. */
export function pointInZone(lat: number, lng: number, zone: Zone): boolean {
  const box = bboxOf(zone.geometry);
  if (lng < box.minLng || lng > box.maxLng || lat < box.minLat || lat > box.maxLat) return false;
  return booleanPointInPolygon([lng, lat], zone.geometry);
}

export function zonesContaining(lat: number, lng: number, zones: Zone[]): string[] {
  return zones.filter((zone) => pointInZone(lat, lng, zone)).map((zone) => zone.id);
}
