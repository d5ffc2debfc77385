import { DATABASE_TARGET, PROXY_PORT } from '../resilience/proxiedDatabase';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { createApiKey } from '../../src/open311/apiKeys';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { expectErrors, expectXmlErrors, makeServices } from './support';

let proxy: TcpProxy;
const app = buildApp();
let key: string;

beforeAll(async () => {
  proxy = await startTcpProxy(PROXY_PORT, DATABASE_TARGET);
  onTeardown(() => proxy.close());
  await makeServices();
  key = (await createApiKey('Test-app')).key;
});

const form = () =>
  new URLSearchParams({ api_key: key, service_code: 'wegdek', address_string: 'Stationsstraat 52' }).toString();

test('with PostgreSQL gone every method answers 503 with Retry-After in the spec’s error form; all is well when it returns', async () => {
  expect((await request(app).get('/open311/v2/services.json')).status).toBe(200);
  proxy.cut();
  try {
    const checks = [
      [await request(app).get('/open311/v2/services.json'), 'json'],
      [await request(app).get('/open311/v2/requests.xml'), 'xml'],
      [await request(app).get('/open311/v2/services/wegdek.xml'), 'xml'],
      [await request(app).post('/open311/v2/requests.json').type('form').send(form()), 'json'],
    ] as const;
    for (const [res, format] of checks) {
      if (format === 'json') expectErrors(res, 503, /temporarily unavailable/);
      else expectXmlErrors(res, 503, /temporarily unavailable/);
      expect(res.headers['retry-after']).toBe('5');
    }
  } finally {
    proxy.restore();
  }
  await eventually(
    async () => ((await request(app).get('/health/ready')).status === 200 ? true : undefined),
    15000,
    'ready again',
  );
  expect((await request(app).post('/open311/v2/requests.json').type('form').send(form())).status).toBe(200);
}, 60000);
