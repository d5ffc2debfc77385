import { pointInZone, ZoneGeometry, zonesContaining, type Zone } from './zones';

// A square around Kortrijk with a square hole in the middle (say, a park the zone leaves to another service).
const outer: [number, number][] = [
  [3.2, 50.8],
  [3.3, 50.8],
  [3.3, 50.9],
  [3.2, 50.9],
  [3.2, 50.8],
];
const hole: [number, number][] = [
  [3.24, 50.84],
  [3.26, 50.84],
  [3.26, 50.86],
  [3.24, 50.86],
  [3.24, 50.84],
];
const centrum: Zone = { id: 'centrum', name: 'Centrum', geometry: { type: 'Polygon', coordinates: [outer, hole] } };
const islands: Zone = {
  id: 'islands',
  name: 'Heule en Bissegem',
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [3.0, 50.0],
          [3.1, 50.0],
          [3.1, 50.1],
          [3.0, 50.0],
        ],
      ],
      [
        [
          [4.0, 51.0],
          [4.1, 51.0],
          [4.1, 51.1],
          [4.0, 51.1],
          [4.0, 51.0],
        ],
      ],
    ],
  },
};

describe('whether a location lies in a zone', () => {
  test('a point inside the outer ring but outside the hole is in the zone', () => {
    expect(pointInZone(50.82, 3.22, centrum)).toBe(true);
  });

  test('a point inside the hole is not in the zone', () => {
    expect(pointInZone(50.85, 3.25, centrum)).toBe(false);
  });

  test('a point on the outer boundary counts as inside', () => {
    expect(pointInZone(50.85, 3.3, centrum)).toBe(true);
    expect(pointInZone(50.8, 3.2, centrum)).toBe(true);
  });

  test("a point on the hole's edge counts as inside: it is still the zone's boundary", () => {
    expect(pointInZone(50.85, 3.24, centrum)).toBe(true);
  });

  test('a point far away is not in the zone', () => {
    expect(pointInZone(51.2, 4.4, centrum)).toBe(false);
  });

  test('latitude and longitude are not mixed up: the zone at lng 3.2–3.3 is not found at lat 3.25', () => {
    expect(pointInZone(3.25, 50.85, centrum)).toBe(false);
  });

  test('every part of a multipolygon belongs to the zone', () => {
    expect(pointInZone(51.05, 4.05, islands)).toBe(true);
    expect(pointInZone(50.02, 3.08, islands)).toBe(true);
    expect(pointInZone(50.5, 3.5, islands)).toBe(false);
  });

  test('zonesContaining lists the ids of all zones holding the point', () => {
    const overlap: Zone = { id: 'overlap', name: 'Overlap', geometry: { type: 'Polygon', coordinates: [outer] } };
    expect(zonesContaining(50.82, 3.22, [centrum, islands, overlap])).toEqual(['centrum', 'overlap']);
    expect(zonesContaining(50.85, 3.25, [centrum, islands, overlap])).toEqual(['overlap']);
    expect(zonesContaining(10, 10, [centrum, islands, overlap])).toEqual([]);
  });
});

function messagesOf(input: unknown): string[] {
  const result = ZoneGeometry.safeParse(input);
  if (result.success) throw new Error('expected the geometry to be refused');
  return result.error.issues.map((i) => i.message);
}

describe('zone geometry an administrator uploads', () => {
  test('a polygon with a hole is accepted as it is', () => {
    expect(ZoneGeometry.parse({ type: 'Polygon', coordinates: [outer, hole] })).toEqual({
      type: 'Polygon',
      coordinates: [outer, hole],
    });
  });

  test('a multipolygon is accepted', () => {
    expect(ZoneGeometry.parse(islands.geometry)).toEqual(islands.geometry);
  });

  test('a Feature is reduced to its geometry', () => {
    const feature = {
      type: 'Feature',
      properties: { name: 'Centrum' },
      geometry: { type: 'Polygon', coordinates: [outer] },
    };
    expect(ZoneGeometry.parse(feature)).toEqual({ type: 'Polygon', coordinates: [outer] });
  });

  test('a FeatureCollection with one feature is reduced to its geometry', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: islands.geometry }],
    };
    expect(ZoneGeometry.parse(collection)).toEqual(islands.geometry);
  });

  test('altitudes are dropped so every point is [lng, lat]', () => {
    const withAltitude = outer.map(([lng, lat]) => [lng, lat, 17]);
    expect(ZoneGeometry.parse({ type: 'Polygon', coordinates: [withAltitude] })).toEqual({
      type: 'Polygon',
      coordinates: [outer],
    });
  });

  test('a FeatureCollection with several features is refused: a zone is one area', () => {
    const feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [outer] } };
    expect(messagesOf({ type: 'FeatureCollection', features: [feature, feature] }).join(' ')).toMatch(
      /exactly one feature/,
    );
  });

  test('an unclosed outer ring is refused with the ring named', () => {
    expect(messagesOf({ type: 'Polygon', coordinates: [outer.slice(0, 4)] })).toContain(
      'Ring 1 is not closed: its last point must equal its first.',
    );
  });

  test('an unclosed hole is refused with the hole named', () => {
    expect(messagesOf({ type: 'Polygon', coordinates: [outer, hole.slice(0, 4)] })).toContain(
      'Ring 2 (a hole) is not closed: its last point must equal its first.',
    );
  });

  test('a ring in the second part of a multipolygon is named with its part', () => {
    const [first, second] = islands.geometry.coordinates;
    const broken = { type: 'MultiPolygon', coordinates: [first, [second[0].slice(0, 4)]] };
    expect(messagesOf(broken)).toContain('Polygon 2, ring 1 is not closed: its last point must equal its first.');
  });

  test('a ring of fewer than four points is refused', () => {
    const triangle = [
      [3.2, 50.8],
      [3.3, 50.8],
      [3.2, 50.8],
    ];
    expect(messagesOf({ type: 'Polygon', coordinates: [triangle] })[0]).toMatch(
      /^Ring 1 has 3 points; a closed ring needs at least 4/,
    );
  });

  test('swapped coordinates that leave the map are refused with a hint about the order', () => {
    const swapped = [
      [50.8, 100],
      [50.9, 100],
      [50.9, 101],
      [50.8, 100],
    ];
    expect(messagesOf({ type: 'Polygon', coordinates: [swapped] })[0]).toMatch(
      /^Ring 1, point 1 \[50.8, 100\] is off the map: GeoJSON lists longitude/,
    );
  });

  test.each([
    ['a point', { type: 'Point', coordinates: [3.25, 50.85] }],
    ['a line', { type: 'LineString', coordinates: outer }],
    [
      'a feature holding a point',
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [3.25, 50.85] } },
    ],
  ])('%s is refused because it cannot contain a location', (_what, input) => {
    expect(messagesOf(input).join(' ')).toMatch(/must be an area/);
  });
});
