import request from 'supertest';
import { DateTime } from 'luxon';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { seedDemo } from '../../src/demo/seed';

const app = buildApp();

beforeAll(async () => {
  expect(await seedDemo()).toEqual({ seeded: true });
}, 120000);

test('the demo town hall offers its products with documents, free times on weekday mornings, none on Tuesday morning (walk-in)', async () => {
  const services = (await request(app).get('/api/public/services').expect(200)).body as {
    code: string;
    documents: string[];
  }[];
  expect(services.map((s) => s.code).sort()).toEqual([
    'afhalen',
    'identiteitskaart',
    'kids-id',
    'paspoort',
    'rijbewijs',
    'strafregister',
  ]);
  expect(services.find((s) => s.code === 'kids-id')!.documents).toContain('Een recente pasfoto');
  const from = DateTime.now().setZone('Europe/Brussels').plus({ days: 1 }).toISODate()!;
  const to = DateTime.now().setZone('Europe/Brussels').plus({ days: 20 }).toISODate()!;
  const { slots } = (
    await request(app).get(`/api/public/services/identiteitskaart/availability?from=${from}&to=${to}`).expect(200)
  ).body as { slots: { start: string }[] };
  expect(slots.length).toBeGreaterThan(50);
  const tuesdayMornings = slots.filter((s) => {
    const t = DateTime.fromISO(s.start, { zone: 'Europe/Brussels' });
    return t.weekday === 2 && t.hour < 12;
  });
  expect(tuesdayMornings).toEqual([]);
  expect(await db().appointment.count()).toBeGreaterThanOrEqual(10);
});
