import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../config';
import { pointInZone } from '../routing/zones';
import { readTownBoundary } from './boundary';

const dir = mkdtempSync(path.join(tmpdir(), 'voordeur-boundary-'));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
const square = [
  [3.2, 50.78],
  [3.33, 50.78],
  [3.33, 50.87],
  [3.2, 50.87],
  [3.2, 50.78],
];

describe('readTownBoundary', () => {
  test('reads a GIS export (a FeatureCollection of one MultiPolygon) and gives its box for the map', () => {
    const island = [
      [3.4, 50.9],
      [3.41, 50.9],
      [3.41, 50.91],
      [3.4, 50.9],
    ];
    const file = write(
      'town.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[square], [island]] } },
        ],
      }),
    );
    const town = readTownBoundary(file);
    expect(town.bounds).toEqual([
      [50.78, 3.2],
      [50.91, 3.41],
    ]);
    expect(pointInZone(50.8283, 3.2649, town.zone)).toBe(true);
    expect(pointInZone(50.902, 3.408, town.zone)).toBe(true);
    expect(pointInZone(51.2194, 4.4025, town.zone)).toBe(false);
  });

  test('a missing file, one that is not JSON, or one that is not an area stops the start with a message naming it', () => {
    expect(() => readTownBoundary(path.join(dir, 'missing.geojson'))).toThrow(ConfigError);
    expect(() => readTownBoundary(write('broken.geojson', '{"type":'))).toThrow(
      /TOWN_BOUNDARY_FILE=.*broken\.geojson could not be read as JSON/,
    );
    expect(() =>
      readTownBoundary(write('point.geojson', JSON.stringify({ type: 'Point', coordinates: [3.26, 50.83] }))),
    ).toThrow(/point\.geojson is not a town boundary: .*must be an area/);
    // latitude and longitude swapped: off the map
    const swapped = square.map(([lng, lat]) => [lat, lng + 100]);
    expect(() =>
      readTownBoundary(write('swapped.geojson', JSON.stringify({ type: 'Polygon', coordinates: [swapped] }))),
    ).toThrow(/is off the map/);
  });
});
