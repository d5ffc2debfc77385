import { z } from 'zod';
import { config } from '../config';
import { AppError, NotFoundError } from '../shared/errors';
import { townBoundary } from './boundary';

export interface Place {
  label: string;
  latitude: number;
  longitude: number;
}

export class GeocoderUnavailableError extends AppError {
  constructor() {
    super(503, 'The address search does not answer right now; choose the place on the map instead.');
  }
}

// Nominatim's /search?format=jsonv2 answer: only what we pass on is read; lat and lon come as strings
const Answer = z.array(
  z.object({
    display_name: z.string(),
    lat: z.coerce.number().min(-90).max(90),
    lon: z.coerce.number().min(-180).max(180),
  }),
);

const TIMEOUT_MS = 5000;
const MAX_RESULTS = 5;

/**
 * Looks an address up at GEOCODER_URL (Nominatim-compatible). Only the search words and the language travel, from
 * this server: the citizen's browser never talks to the geocoder, so it never sees their address or IP address.
 * With a town boundary the search is kept inside its box (bounded=1), so "Kerkstraat" finds this town's street.
 */
export async function searchAddress(query: string, language: 'nl' | 'en'): Promise<Place[]> {
  const base = config().GEOCODER_URL;
  if (!base) throw new NotFoundError('The address search is not set up here.');
  const url = new URL('search', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('q', query);
  url.searchParams.set('format', 'jsonv2');
  url.searchParams.set('limit', String(MAX_RESULTS));
  url.searchParams.set('accept-language', language === 'en' ? 'en,nl' : 'nl,en');
  const boundary = townBoundary();
  if (boundary) {
    const [[south, west], [north, east]] = boundary.bounds;
    url.searchParams.set('viewbox', [west, north, east, south].join(','));
    url.searchParams.set('bounded', '1');
  }
  let raw: unknown;
  try {
    const res = await fetch(url, {
      headers: { Accept: 'application/json', 'User-Agent': `Voordeur (${config().PUBLIC_URL})` },
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    raw = await res.json();
  } catch {
    throw new GeocoderUnavailableError();
  }
  const parsed = Answer.safeParse(raw);
  if (!parsed.success) throw new GeocoderUnavailableError();
  return parsed.data.slice(0, MAX_RESULTS).map((p) => ({ label: p.display_name, latitude: p.lat, longitude: p.lon }));
}
