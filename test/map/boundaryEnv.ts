// Imported first by the boundary and geocoder tests: the configuration is read once, so the town boundary and the
// geocoder are set before any module reads it (the other test files run without them, as Voordeur does by default).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const script =
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
/** the port of the stand-in geocoder (Nominatim is outside the network) */
export const GEOCODER_PORT = Number(execFileSync(process.execPath, ['-e', script]).toString());

/** Kortrijk, roughly: a box with a hole in it (a piece of another municipality), as a FeatureCollection from a GIS export. */
export const TOWN = { south: 50.78, west: 3.2, north: 50.87, east: 3.33 };
export const HOLE = { south: 50.84, west: 3.3, north: 50.85, east: 3.31 };
export const INSIDE = { lat: 50.8283, lng: 3.2649 };
export const IN_HOLE = { lat: 50.845, lng: 3.305 };
export const OUTSIDE = { lat: 51.2194, lng: 4.4025 }; // Antwerp

const ring = (b: typeof TOWN) => [
  [b.west, b.south],
  [b.east, b.south],
  [b.east, b.north],
  [b.west, b.north],
  [b.west, b.south],
];
const file = path.join(mkdtempSync(path.join(tmpdir(), 'voordeur-boundary-')), 'gemeentegrens.geojson');
writeFileSync(
  file,
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Kortrijk' },
        geometry: { type: 'Polygon', coordinates: [ring(TOWN), ring(HOLE)] },
      },
    ],
  }),
);
process.env.TOWN_BOUNDARY_FILE = file;
process.env.GEOCODER_URL = `http://127.0.0.1:${GEOCODER_PORT}/nominatim`;
process.env.RATE_LIMIT_GEOCODER_PER_MINUTE = '5';
