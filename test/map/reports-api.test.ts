import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { makeCategory, makeDepartment, makeTicket } from '../support/factories';

// The public map's feed: what anyone may see of the reports, and nothing more.
const app = buildApp();
const DAY = 24 * 3600_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

const MARIE = {
  name: 'Marie Janssens',
  email: 'marie.janssens@example.be',
  phone: '0470 12 34 56',
  subject: 'Lamp kapot voor huisnummer 14',
  body: 'De lamp voor mijn deur in de Kerkstraat brandt al een week niet, ik woon op nummer 14.',
  address: 'Kerkstraat 14, 8500 Kortrijk',
  latitude: 50.828347,
  longitude: 3.264912,
};

const refs: Record<string, string> = {};

async function report(
  key: string,
  categoryId: string,
  place: { latitude: number; longitude: number; address?: string } | null,
  state: {
    status?: 'new' | 'open' | 'pending_citizen' | 'resolved' | 'closed';
    createdAt: Date;
    resolvedAt?: Date;
    closedAt?: Date;
    mergedIntoId?: string;
    anonymisedAt?: Date;
  },
  who: Partial<typeof MARIE> = {},
) {
  const t = await makeTicket({
    categoryId,
    name: who.name,
    email: who.email,
    phone: who.phone,
    subject: who.subject ?? `Melding ${key}`,
    body: who.body,
  });
  await db().ticket.update({
    where: { id: t.id },
    data: {
      ...(place ?? {}),
      status: state.status ?? 'new',
      createdAt: state.createdAt,
      resolvedAt: state.resolvedAt,
      closedAt: state.closedAt,
      mergedIntoId: state.mergedIntoId,
      anonymisedAt: state.anonymisedAt,
    },
  });
  refs[key] = t.reference;
  return t;
}

const refsOf = (body: { features: { properties: { reference: string } }[] }) =>
  body.features.map((f) => f.properties.reference);

beforeAll(async () => {
  const dept = await makeDepartment('Openbare Werken');
  const light = await makeCategory(dept.id, 'straatverlichting');
  const bench = await makeCategory(dept.id, 'zitbank');
  const home = await makeCategory(dept.id, 'overlast-woning');
  const question = await makeCategory(dept.id, 'vraag');
  const retired = await makeCategory(dept.id, 'oud-thema');
  await db().category.update({
    where: { id: light.id },
    data: { reportable: true, mapVisibility: 'approximate', nameNl: 'Straatverlichting', nameEn: 'Street lighting' },
  });
  await db().category.update({
    where: { id: bench.id },
    data: { reportable: true, mapVisibility: 'exact', nameNl: 'Zitbank', nameEn: 'Bench' },
  });
  await db().category.update({ where: { id: home.id }, data: { reportable: true, mapVisibility: 'hidden' } });
  await db().category.update({ where: { id: question.id }, data: { reportable: false } });
  await db().category.update({ where: { id: retired.id }, data: { reportable: true } });

  const marie = await report(
    'openLight',
    light.id,
    { latitude: MARIE.latitude, longitude: MARIE.longitude, address: MARIE.address },
    { createdAt: ago(1) },
    MARIE,
  );
  // 23:30 UTC on 1 March is already 2 March in Brussels
  await report(
    'pending',
    light.id,
    { latitude: 50.83, longitude: 3.26 },
    { status: 'pending_citizen', createdAt: new Date(Date.now() - 3 * DAY) },
    {},
  );
  await report(
    'benchResolved',
    bench.id,
    { latitude: 50.8312345, longitude: 3.2701234 },
    { status: 'resolved', createdAt: ago(10), resolvedAt: ago(5) },
  );
  await report(
    'benchClosed',
    bench.id,
    { latitude: 50.8401, longitude: 3.2801 },
    { status: 'closed', createdAt: ago(20), resolvedAt: ago(3), closedAt: ago(2) },
  );
  await report(
    'oldResolved',
    light.id,
    { latitude: 50.82, longitude: 3.25 },
    { status: 'resolved', createdAt: ago(90), resolvedAt: ago(60) },
  );
  await report('hidden', home.id, { latitude: 50.8251, longitude: 3.2611 }, { createdAt: ago(1) });
  await report('notReportable', question.id, { latitude: 50.8252, longitude: 3.2612 }, { createdAt: ago(1) });
  await report('inactiveCategory', retired.id, { latitude: 50.8253, longitude: 3.2613 }, { createdAt: ago(1) });
  await report(
    'merged',
    light.id,
    { latitude: 50.8254, longitude: 3.2614 },
    { createdAt: ago(1), mergedIntoId: marie.id },
  );
  await report(
    'anonymised',
    light.id,
    { latitude: 50.8255, longitude: 3.2615 },
    { status: 'closed', createdAt: ago(4), resolvedAt: ago(2), closedAt: ago(1), anonymisedAt: ago(1) },
  );
  await report('noLocation', light.id, null, { createdAt: ago(1) });
  await report('otherTown', light.id, { latitude: 51.2194, longitude: 4.4025 }, { createdAt: ago(6) });
  // a category withdrawn after its reports came in
  await db().category.update({ where: { id: retired.id }, data: { active: false } });
  await db().ticket.update({
    where: { reference: refs.pending },
    data: { createdAt: new Date('2025-03-01T23:30:00Z') },
  });
});

describe('GET /api/public/reports.geojson', () => {
  test('is a GeoJSON FeatureCollection of open and recently resolved reports, newest first, with public locations', async () => {
    const res = await request(app).get('/api/public/reports.geojson').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const body = JSON.parse(res.text);
    expect(body.type).toBe('FeatureCollection');
    expect(refsOf(body)).toEqual([refs.openLight, refs.otherTown, refs.benchResolved, refs.benchClosed, refs.pending]);

    const byRef = Object.fromEntries(
      body.features.map((f: { properties: { reference: string } }) => [f.properties.reference, f]),
    );
    // approximate: 3 decimals (about 100 m); exact: 5 decimals
    expect(byRef[refs.openLight]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [3.265, 50.828] },
      properties: {
        reference: refs.openLight,
        category: 'straatverlichting',
        categoryName: 'Straatverlichting',
        status: 'open',
        statusLabel: 'Ontvangen',
        reportedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        updatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    expect(byRef[refs.benchResolved].geometry.coordinates).toEqual([3.27012, 50.83123]);
    expect(byRef[refs.benchResolved].properties).toMatchObject({
      status: 'resolved',
      statusLabel: 'Opgelost',
      category: 'zitbank',
    });
    expect(byRef[refs.benchClosed].properties).toMatchObject({ status: 'resolved', statusLabel: 'Afgesloten' });
    expect(byRef[refs.pending].properties).toMatchObject({
      status: 'open',
      statusLabel: 'Wacht op informatie',
      reportedOn: '2025-03-02',
    });
  });

  test('leaves out what is not public: hidden, non-reportable and inactive categories, merged and anonymised tickets, tickets without a place, old resolved ones', async () => {
    const res = await request(app).get('/api/public/reports.geojson?status=all').expect(200);
    const shown = refsOf(JSON.parse(res.text));
    for (const key of [
      'hidden',
      'notReportable',
      'inactiveCategory',
      'merged',
      'anonymised',
      'noLocation',
      'oldResolved',
    ])
      expect(shown).not.toContain(refs[key]);
    // a wider window brings the old resolved report back
    const wider = JSON.parse((await request(app).get('/api/public/reports.geojson?days=90').expect(200)).text);
    expect(refsOf(wider)).toContain(refs.oldResolved);
    expect(refsOf(wider)).not.toContain(refs.anonymised);
  });

  test('contains no personal data: no name, email, phone, subject, message, address or exact location', async () => {
    const text = (await request(app).get('/api/public/reports.geojson?days=365').expect(200)).text;
    for (const secret of [
      MARIE.name,
      'Marie',
      'Janssens',
      MARIE.email,
      'example.be',
      '0470 12',
      '+32470123456',
      MARIE.subject,
      'huisnummer',
      MARIE.body,
      'brandt',
      MARIE.address,
      'Kerkstraat',
      String(MARIE.latitude),
      String(MARIE.longitude),
      '50.8283',
      '3.2649',
    ]) {
      expect(text).not.toContain(secret);
    }
    const body = JSON.parse(text);
    for (const f of body.features) {
      expect(Object.keys(f).sort()).toEqual(['geometry', 'properties', 'type']);
      expect(Object.keys(f.properties).sort()).toEqual([
        'category',
        'categoryName',
        'reference',
        'reportedOn',
        'status',
        'statusLabel',
        'updatedOn',
      ]);
    }
  });

  test('filters by category (one or a comma list) and by status', async () => {
    const get = async (q: string) =>
      refsOf(JSON.parse((await request(app).get(`/api/public/reports.geojson?${q}`).expect(200)).text));
    expect(await get('category=zitbank')).toEqual([refs.benchResolved, refs.benchClosed]);
    expect((await get('category=zitbank,straatverlichting')).sort()).toEqual(
      [refs.openLight, refs.otherTown, refs.benchResolved, refs.benchClosed, refs.pending].sort(),
    );
    expect(await get('category=overlast-woning')).toEqual([]);
    expect(await get('category=zitbank&category=vraag')).toEqual([refs.benchResolved, refs.benchClosed]);
    expect(await get('status=open')).toEqual([refs.openLight, refs.otherTown, refs.pending]);
    expect(await get('status=resolved')).toEqual([refs.benchResolved, refs.benchClosed]);
    expect(await get('status=resolved&days=4')).toEqual([refs.benchClosed]);
    expect(await get('status=open&category=zitbank')).toEqual([]);
  });

  test('filters by bounding box on the public location, so a tiny box cannot find the exact spot', async () => {
    const get = async (bbox: string) =>
      refsOf(JSON.parse((await request(app).get(`/api/public/reports.geojson?bbox=${bbox}`).expect(200)).text));
    const kortrijk = await get('3.2,50.8,3.3,50.9');
    expect(kortrijk).toContain(refs.openLight);
    expect(kortrijk).not.toContain(refs.otherTown);
    // contains Marie's exact place (3.264912, 50.828347) but not its rounded one (3.265, 50.828)
    expect(await get('3.2649,50.8283,3.2650,50.8284')).toEqual([]);
    expect(await get('3.2649,50.8279,3.2651,50.8281')).toEqual([refs.openLight]);
  });

  test('speaks English with language=en', async () => {
    const body = JSON.parse(
      (
        await request(app)
          .get('/api/public/reports.geojson?language=en&category=straatverlichting&status=open')
          .expect(200)
      ).text,
    );
    expect(body.features[0].properties).toMatchObject({ categoryName: 'Street lighting', statusLabel: 'Received' });
  });

  test.each([
    ['status=foo', 'status'],
    ['days=-1', 'days'],
    ['days=366', 'days'],
    ['days=abc', 'days'],
    ['bbox=1,2,3', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    ['bbox=3.3,50.8,3.2,50.9', 'bbox'],
    ['bbox=3.2,50.8,3.3,95', 'bbox'],
    ['category=DROP%20TABLE', 'category'],
    ['language=fr', 'language'],
  ])('refuses %s with a 400 naming the field', async (q, field) => {
    const res = await request(app).get(`/api/public/reports.geojson?${q}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(field);
    expect(res.body.errors[field]).toEqual(expect.any(String));
  });
});

describe('GET /api/public/report-categories', () => {
  test('lists the categories that can be reported on the map, and /api/public/categories still lists every public one', async () => {
    const res = await request(app).get('/api/public/report-categories').expect(200);
    expect(res.body.map((c: { code: string }) => c.code).sort()).toEqual([
      'overlast-woning',
      'straatverlichting',
      'zitbank',
    ]);
    expect(res.body.find((c: { code: string }) => c.code === 'zitbank')).toEqual({
      code: 'zitbank',
      name: 'Zitbank',
      description: null,
      shownOnMap: true,
    });
    expect(res.body.find((c: { code: string }) => c.code === 'overlast-woning').shownOnMap).toBe(false);
    const en = await request(app).get('/api/public/report-categories?language=en').expect(200);
    expect(en.body.map((c: { name: string }) => c.name)).toContain('Street lighting');

    const all = await request(app).get('/api/public/categories').expect(200);
    expect(all.body.map((c: { code: string }) => c.code).sort()).toEqual([
      'overlast-woning',
      'straatverlichting',
      'vraag',
      'zitbank',
    ]);
  });
});
