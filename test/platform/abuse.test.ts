import './lowLimits';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';

// two api copies sharing one Redis, as behind a load balancer
const first = buildApp();
const second = buildApp();

test('the contact form is limited per client address across api copies, with a Retry-After', async () => {
  const send = (app: typeof first, i: number) =>
    request(app)
      .post('/api/public/tickets')
      .send({ email: `spam${i}@example.be`, subject: 'Herhaald', message: 'x' });
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await send(i % 2 ? first : second, i)).status);
  expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
  const refused = await send(first, 99);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(refused.body.message).toMatch(/Too many requests/);
  expect(await db().ticket.count({ where: { subject: 'Herhaald' } })).toBe(4);
});

test('logins are limited per client address', async () => {
  const statuses = [];
  for (let i = 0; i < 4; i++)
    statuses.push((await request(first).post('/api/auth/login').send({ email: 'x@y.be', password: 'guess' })).status);
  expect(statuses).toEqual([401, 401, 401, 429]);
});
