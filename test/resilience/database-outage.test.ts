import { DATABASE_TARGET, PROXY_PORT } from './proxiedDatabase';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

let proxy: TcpProxy;
const app = buildApp();

beforeAll(async () => {
  proxy = await startTcpProxy(PROXY_PORT, DATABASE_TARGET);
  onTeardown(() => proxy.close());
});

test('with PostgreSQL gone, readiness turns false and requests get 503 with Retry-After; all is well when it returns', async () => {
  expect((await request(app).get('/api/public/categories')).status).toBe(200);
  proxy.cut();
  const ready = await request(app).get('/health/ready');
  expect(ready.status).toBe(503);
  expect(ready.body.checks.find((c: { name: string }) => c.name === 'postgresql').ok).toBe(false);
  const read = await request(app).get('/api/public/categories');
  expect(read.status).toBe(503);
  expect(read.headers['retry-after']).toBe('5');
  expect(read.body.message).toMatch(/temporarily unavailable/);
  const write = await request(app)
    .post('/api/public/tickets')
    .send({ email: 'storing@example.be', subject: 'Tijdens de storing', message: 'x' });
  expect(write.status).toBe(503);
  expect((await request(app).get('/health/live')).status).toBe(200);

  proxy.restore();
  await eventually(
    async () => ((await request(app).get('/health/ready')).status === 200 ? true : undefined),
    15000,
    'ready again',
  );
  expect(
    (
      await request(app)
        .post('/api/public/tickets')
        .send({ email: 'na@example.be', subject: 'Na de storing', message: 'x' })
    ).status,
  ).toBe(201);
}, 60000);
