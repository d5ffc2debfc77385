import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { seedDemo, seedOpen311 } from '../../src/demo/seed';

const app = buildApp();

beforeAll(async () => {
  expect(await seedDemo()).toEqual({ seeded: true });
}, 120000);

test('the demo offers the public-space categories as services, never the social ones', async () => {
  const services = (await request(app).get('/open311/v2/services.json').expect(200)).body as {
    service_code: string;
    group: string;
    metadata: boolean;
  }[];
  expect(services.map((s) => s.service_code).sort()).toEqual([
    'groenonderhoud',
    'sluikstort',
    'straatverlichting',
    'wegdek',
  ]);
  expect(services.find((s) => s.service_code === 'straatverlichting')).toMatchObject({
    group: 'Openbare ruimte',
    metadata: true,
    keywords: 'straatlamp, verlichting',
  });
  const light = await db().category.findUniqueOrThrow({ where: { code: 'straatverlichting' } });
  expect(light.mapVisibility).toBe('exact');
  const def = (await request(app).get('/open311/v2/services/straatverlichting.json').expect(200)).body;
  expect(def.attributes.map((a: { code: string; required: boolean }) => [a.code, a.required])).toEqual([
    ['paalnummer', true],
    ['soort_defect', false],
  ]);
  for (const code of ['sociale-hulp', 'adreswijziging']) {
    expect(await db().category.findUniqueOrThrow({ where: { code } })).toMatchObject({
      reportable: false,
      mapVisibility: 'hidden',
    });
  }
  for (const code of ['wegdek', 'groenonderhoud', 'sluikstort'])
    expect((await db().category.findUniqueOrThrow({ where: { code } })).mapVisibility).toBe('approximate');
  // the demo's reports in public space are listed; a social case never is
  const requests = (await request(app).get('/open311/v2/requests.json').expect(200)).body as { service_code: string }[];
  expect(requests.length).toBeGreaterThan(0);
  expect(new Set(requests.map((r) => r.service_code))).toEqual(
    new Set(['straatverlichting', 'wegdek', 'sluikstort', 'groenonderhoud']),
  );
});

test('the demo app’s fixed key submits a report; seeding Open311 again makes no second key', async () => {
  const res = await request(app)
    .post('/open311/v2/requests.json')
    .type('form')
    .send(
      new URLSearchParams({
        api_key: 'demo-open311-key-voordeur-2026',
        service_code: 'straatverlichting',
        lat: '50.8503',
        long: '3.2632',
        'attribute[paalnummer]': '12-345',
        'attribute[soort_defect]': 'uit',
      }).toString(),
    );
  expect(res.status).toBe(200);
  await seedOpen311();
  const keys = await db().apiKey.findMany();
  expect(keys.map((k) => [k.name, k.keyPrefix])).toEqual([['Demo-app', 'demo-ope']]);
  expect(keys[0].lastUsedAt).not.toBeNull();
});
