import { readFileSync } from 'node:fs';
import { ConfigError, config } from '../config';
import { pointInZone, ZoneGeometry, type Zone } from '../routing/zones';
import { ValidationError } from '../shared/errors';
import { wordsFor } from '../shared/words';

export interface TownBoundary {
  zone: Zone;
  /** [[south, west], [north, east]]: what the public map frames when there are no reports to frame */
  bounds: [[number, number], [number, number]];
}

let cached: { file: string; boundary: TownBoundary } | undefined;

/**
 * The town's boundary from TOWN_BOUNDARY_FILE, read once (parsed as the routing zones are); undefined when not set.
 * A file that is missing or not an area throws, naming the file: main.ts reads it at start, so that is when it shows.
 */
export function townBoundary(): TownBoundary | undefined {
  const file = config().TOWN_BOUNDARY_FILE;
  if (!file) return undefined;
  if (cached?.file !== file) cached = { file, boundary: readTownBoundary(file) };
  return cached.boundary;
}

/** Reads and checks a boundary file; a file that is missing, not JSON or not an area throws a ConfigError naming it. */
export function readTownBoundary(file: string): TownBoundary {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(
      `Invalid configuration: TOWN_BOUNDARY_FILE=${file} could not be read as JSON: ${(err as Error).message}`,
    );
  }
  const parsed = ZoneGeometry.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(
      `Invalid configuration: TOWN_BOUNDARY_FILE=${file} is not a town boundary: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  const geometry = parsed.data;
  const outer = geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  const points = outer.flat();
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    zone: { id: 'town', name: 'town', geometry },
    bounds: [
      [Math.min(...lats), Math.min(...lngs)],
      [Math.max(...lats), Math.max(...lngs)],
    ],
  };
}

/** True when no boundary is configured (nothing is refused) or the place lies within it (its edge counts as inside). */
export function insideTown(latitude: number, longitude: number): boolean {
  const boundary = townBoundary();
  return !boundary || pointInZone(latitude, longitude, boundary.zone);
}

/** The citizen's words for a place outside the town, in their language. */
export const outsideTownMessage = (language: 'nl' | 'en' | undefined): string => wordsFor(language ?? 'nl').outsideTown;

/** Refuses a report whose place lies outside the town, with the message next to the place on the map's form. */
export function assertInsideTown(
  latitude: number | undefined,
  longitude: number | undefined,
  language: 'nl' | 'en' | undefined,
) {
  if (latitude === undefined || longitude === undefined || insideTown(latitude, longitude)) return;
  const message = outsideTownMessage(language);
  throw new ValidationError(message, { latitude: message });
}
