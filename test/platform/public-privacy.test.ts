import type { Express } from 'express';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { makeDepartment } from '../support/factories';

/**
 * One citizen with distinctive personal data reports problems in every kind of category; no public endpoint, in any
 * format, may show a trace of them. (The tracking page, reached with the citizen's own token, is not public.)
 */
let app: Express;
const PERSON = { name: 'Griet Vanderkerckhove', email: 'griet.vanderkerckhove@example.be', phone: '+32478901234' };
const SECRET_TEXT = 'mijn buurman Jozef woont op nummer 17';
const ADDRESS = 'Zandbergstraat 17, 8500 Kortrijk';

beforeAll(async () => {
  app = buildApp();
  const dept = await makeDepartment();
  const categories = [
    { code: 'lamp-exact', reportable: true, mapVisibility: 'exact' as const },
    { code: 'put-approx', reportable: true, mapVisibility: 'approximate' as const },
    { code: 'thuis-hidden', reportable: true, mapVisibility: 'hidden' as const },
    { code: 'vraag-niet-reportable', reportable: false, mapVisibility: 'approximate' as const },
  ];
  for (const c of categories) {
    const category = await db().category.create({
      data: { ...c, nameNl: c.code, nameEn: c.code, departmentId: dept.id },
    });
    await intake({
      channel: 'web',
      contact: PERSON,
      subject: `Probleem ${c.code} bij ${PERSON.name}`,
      body: SECRET_TEXT,
      categoryId: category.id,
      location: { latitude: 50.8312345, longitude: 3.2654321, address: ADDRESS },
      acknowledge: false,
    });
  }
});

const PUBLIC_GETS = [
  '/api/public/categories',
  '/api/public/report-categories',
  '/api/public/reports.geojson',
  '/api/public/reports.geojson?status=open',
  '/kaart',
  '/open311/v2/discovery.json',
  '/open311/v2/services.json',
  '/open311/v2/services.xml',
  '/open311/v2/requests.json',
  '/open311/v2/requests.xml',
  '/open311/v2/requests.json?status=open',
];

test.each(PUBLIC_GETS)(
  '%s shows no personal data, no citizen text and no exact spot outside exact categories',
  async (path) => {
    const res = await request(app).get(path);
    expect(res.status).toBe(200);
    const body = res.text;
    for (const leak of [
      PERSON.name,
      'Vanderkerckhove',
      PERSON.email,
      PERSON.phone,
      '478901234',
      SECRET_TEXT,
      'Jozef',
      'Probleem',
    ])
      expect(body).not.toContain(leak);
    // the precise point only for the 'exact' category (5 decimals), and its address nowhere but Open311's exact record
    expect(body).not.toContain('50.8312345');
    // reports in a hidden category never appear (the category itself may be listed, as something one can report)
    if (/reports|requests/.test(path)) expect(body).not.toContain('thuis-hidden');
  },
);

test('the reports that may be shown are there: the exact one to the metre, the approximate one snapped to 100 m', async () => {
  const geo = await request(app).get('/api/public/reports.geojson').expect(200);
  const byCategory = Object.fromEntries(
    geo.body.features.map((f: { properties: { category: string }; geometry: { coordinates: number[] } }) => [
      f.properties.category,
      f.geometry.coordinates,
    ]),
  );
  expect(byCategory['lamp-exact']).toEqual([3.26543, 50.83123]);
  expect(byCategory['put-approx']).toEqual([3.265, 50.831]);
  expect(Object.keys(byCategory).sort()).toEqual(['lamp-exact', 'put-approx']);
  const open311 = await request(app).get('/open311/v2/requests.json').expect(200);
  expect(open311.body.map((r: { service_code: string }) => r.service_code).sort()).toEqual([
    'lamp-exact',
    'put-approx',
  ]);
  const approx = open311.body.find((r: { service_code: string }) => r.service_code === 'put-approx');
  expect(approx).not.toHaveProperty('address');
});
