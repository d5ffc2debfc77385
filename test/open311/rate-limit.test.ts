import './lowReadLimit';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { createApiKey } from '../../src/open311/apiKeys';
import { expectErrors, expectXmlErrors, makeServices } from './support';

const app = buildApp();
let key: string;

beforeAll(async () => {
  await makeServices();
  key = (await createApiKey('Test-app')).key;
});

const form = () =>
  new URLSearchParams({ api_key: key, service_code: 'wegdek', address_string: 'Stationsstraat 52' }).toString();

test('reads and submissions are limited per client address, answered in the spec’s error form with Retry-After', async () => {
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await request(app).get('/open311/v2/services.json')).status);
  expect(statuses).toEqual([200, 200, 200]);
  const json = await request(app).get('/open311/v2/requests.json');
  expectErrors(json, 429, /Too many requests/);
  expect(Number(json.headers['retry-after'])).toBeGreaterThan(0);
  expectXmlErrors(await request(app).get('/open311/v2/services.xml'), 429, /Too many requests/);

  expect((await request(app).post('/open311/v2/requests.json').type('form').send(form())).status).toBe(200);
  expect((await request(app).post('/open311/v2/requests.xml').type('form').send(form())).status).toBe(200);
  const refused = await request(app).post('/open311/v2/requests.xml').type('form').send(form());
  expectXmlErrors(refused, 429, /Too many requests/);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
});
