import { GEOCODER_PORT, INSIDE, IN_HOLE, OUTSIDE } from './boundaryEnv';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { createApiKey } from '../../src/open311/apiKeys';
import { makeCategory, makeDepartment } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { startGeocoder } from './geocoderStandIn';

// TOWN_BOUNDARY_FILE and GEOCODER_URL are set (boundaryEnv): a report must lie in the town, and the address
// search is passed on to a stand-in Nominatim.
const app = buildApp();
const geocoder = startGeocoder(GEOCODER_PORT);
let key: string;

const NL_OUTSIDE =
  'Deze plek ligt buiten de gemeente, dus we kunnen er geen melding voor aannemen. Kies een plek binnen de gemeentegrens.';
const EN_OUTSIDE =
  'This place is outside the municipality, so we cannot take a report for it. Choose a place within the town boundary.';

beforeAll(async () => {
  await geocoder.listening;
  onTeardown(geocoder.close);
  const dept = await makeDepartment('Openbare Werken');
  const pothole = await makeCategory(dept.id, 'wegdek');
  await db().category.update({ where: { id: pothole.id }, data: { reportable: true, nameNl: 'Put in de weg' } });
  key = (await createApiKey('Fixmystreet-app')).key;
});

const report = (place: { lat: number; lng: number }, extra: Record<string, unknown> = {}) =>
  request(app)
    .post('/api/public/tickets')
    .send({
      subject: 'Put in de weg',
      message: 'Een diepe put in het fietspad.',
      email: 'marie@example.be',
      category: 'wegdek',
      latitude: place.lat,
      longitude: place.lng,
      ...extra,
    });

const open311 = (place: { lat: number; lng: number }, extra: Record<string, string> = {}) =>
  request(app)
    .post('/open311/v2/requests.json')
    .type('form')
    .send(
      new URLSearchParams({
        api_key: key,
        service_code: 'wegdek',
        lat: String(place.lat),
        long: String(place.lng),
        email: 'marie@example.be',
        description: 'Een diepe put in het fietspad.',
        ...extra,
      }).toString(),
    );

describe('the town boundary', () => {
  test('the JSON API takes a report inside the town and refuses one outside it, in Dutch or English, next to the place', async () => {
    const inside = await report(INSIDE).expect(201);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: inside.body.reference } });
    expect(ticket.latitude).toBe(INSIDE.lat);

    const before = await db().ticket.count();
    const outside = await report(OUTSIDE, { submissionKey: 'outside-nl-1' });
    expect(outside.status).toBe(400);
    expect(outside.body.message).toBe(NL_OUTSIDE);
    expect(outside.body.errors).toEqual({ latitude: NL_OUTSIDE });

    const english = await report(OUTSIDE, { language: 'en' });
    expect(english.status).toBe(400);
    expect(english.body.message).toBe(EN_OUTSIDE);

    // a hole in the boundary (a piece of the neighbouring municipality) is outside too
    expect((await report(IN_HOLE)).status).toBe(400);
    expect(await db().ticket.count()).toBe(before);

    // a report without a place is not the boundary's business
    await report(INSIDE, { latitude: undefined, longitude: undefined, address: 'Grote Markt 1' }).expect(201);
  });

  test('Open311 takes a request inside the town and refuses one outside it in the Open311 error format', async () => {
    const inside = await open311(INSIDE);
    expect(inside.status).toBe(200);
    expect(inside.body[0].service_request_id).toMatch(/^VD-/);

    const before = await db().ticket.count();
    const outside = await open311(OUTSIDE);
    expect(outside.status).toBe(400);
    expect(outside.body).toEqual([{ code: 400, description: NL_OUTSIDE }]);
    const english = await open311(OUTSIDE, { locale: 'en' });
    expect(english.body).toEqual([{ code: 400, description: EN_OUTSIDE }]);
    // in XML as well
    const xml = await request(app)
      .post('/open311/v2/requests.xml')
      .type('form')
      .send(
        new URLSearchParams({
          api_key: key,
          service_code: 'wegdek',
          lat: String(OUTSIDE.lat),
          long: String(OUTSIDE.lng),
          locale: 'en',
        }).toString(),
      );
    expect(xml.status).toBe(400);
    expect(xml.text).toContain(`<description>${EN_OUTSIDE}</description>`);
    expect(await db().ticket.count()).toBe(before);
  });

  test('the map page carries the boundary’s box, so the map can frame the town', async () => {
    const html = (await request(app).get('/kaart').expect(200)).text;
    expect(html).toContain('data-bounds="[[50.78,3.2],[50.87,3.33]]"');
  });
});

describe('the address search', () => {
  test('passes the words on to the geocoder from the server, kept to the town’s box, and answers places', async () => {
    const res = await request(app).get('/api/public/geocode?q=Grote%20Markt%201').expect(200);
    expect(res.body).toEqual([
      { label: 'Grote Markt 1, 8500 Kortrijk, België', latitude: 50.8281, longitude: 3.2648 },
      { label: 'Grote Markt, 8500 Kortrijk, België', latitude: 50.8279, longitude: 3.2652 },
    ]);
    const sent = geocoder.requests.at(-1)!;
    expect(sent.pathname).toBe('/nominatim/search');
    expect(Object.fromEntries(sent.searchParams)).toEqual({
      q: 'Grote Markt 1',
      format: 'jsonv2',
      limit: '5',
      'accept-language': 'nl,en',
      viewbox: '3.2,50.87,3.33,50.78',
      bounded: '1',
    });
    // nothing found is an empty list, not an error
    await request(app).get('/api/public/geocode?q=Nergensstraat&language=en').expect(200, []);
  });

  test('refuses a missing or too short search with a 400, and says so when the geocoder fails (503, not a crash)', async () => {
    const short = await request(app).get('/api/public/geocode?q=ab');
    expect(short.status).toBe(400);
    expect(short.body.errors.q).toBe('Give at least 3 characters of an address.');
    geocoder.state.down = true;
    try {
      const down = await request(app).get('/api/public/geocode?q=Grote%20Markt');
      expect(down.status).toBe(503);
      expect(down.body.message).toContain('address search does not answer');
    } finally {
      geocoder.state.down = false;
    }
  });

  test('is rate-limited per visitor (each search reaches the geocoder)', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) answers.push((await request(app).get('/api/public/geocode?q=Grote%20Markt')).status);
    expect(answers).toContain(429);
    const sentBefore = geocoder.requests.length;
    await request(app).get('/api/public/geocode?q=Grote%20Markt').expect(429);
    expect(geocoder.requests.length).toBe(sentBefore);
  });
});
