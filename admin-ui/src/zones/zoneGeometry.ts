import type { LngLat, ZoneGeometry } from '../types';

type Parsed = { geometry: ZoneGeometry } | { error: string; args?: Record<string, string> };

type GeoJson = { type?: unknown; coordinates?: unknown; geometry?: GeoJson | null; features?: GeoJson[] };

const polygonsOf = (value: GeoJson | null | undefined): LngLat[][][] => {
    if (!value || typeof value !== 'object') return [];
    switch (value.type) {
        case 'Polygon':
            return Array.isArray(value.coordinates) ? [value.coordinates as LngLat[][]] : [];
        case 'MultiPolygon':
            return Array.isArray(value.coordinates) ? (value.coordinates as LngLat[][][]) : [];
        case 'Feature':
            return polygonsOf(value.geometry);
        case 'FeatureCollection':
            return Array.isArray(value.features) ? value.features.flatMap(polygonsOf) : [];
        default:
            return [];
    }
};

/**
 * Reads what the admin pasted or uploaded: a Polygon, a MultiPolygon, or a
 * Feature or FeatureCollection holding them (what mapping tools export).
 * Several areas become one MultiPolygon. The server checks the rings.
 */
export const parseZoneGeometry = (text: string): Parsed => {
    let value: GeoJson;
    try {
        value = JSON.parse(text) as GeoJson;
    } catch (error) {
        return { error: 'app.zone.invalid_json', args: { error: (error as Error).message } };
    }
    const polygons = polygonsOf(value);
    if (polygons.length === 0) return { error: 'app.zone.not_area' };
    if (value.type === 'Polygon' || value.type === 'MultiPolygon') return { geometry: value as ZoneGeometry };
    return {
        geometry:
            polygons.length === 1
                ? { type: 'Polygon', coordinates: polygons[0] }
                : { type: 'MultiPolygon', coordinates: polygons },
    };
};

/** Every ring of a geometry (outer rings and holes), for drawing. */
export const ringsOf = (geometry: ZoneGeometry): LngLat[][] =>
    geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();

export const geometryText = (geometry: ZoneGeometry | undefined) => (geometry ? JSON.stringify(geometry, null, 2) : '');

export const validateGeometryText = (text: unknown) => {
    if (typeof text !== 'string' || text.trim() === '') return 'ra.validation.required';
    const parsed = parseZoneGeometry(text);
    return 'error' in parsed ? { message: parsed.error, args: parsed.args ?? {} } : undefined;
};

/** The body of POST/PUT /zones: the text area becomes the geometry. */
export const zoneBody = (data: Record<string, unknown>) => {
    const parsed = parseZoneGeometry(String(data.geometryText ?? ''));
    return { name: data.name, geometry: 'geometry' in parsed ? parsed.geometry : data.geometry };
};
