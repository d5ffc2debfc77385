import request from 'supertest';
import { buildApp } from '../../src/app';

const app = buildApp();

test('liveness and readiness (PostgreSQL and Redis both answer)', async () => {
  expect((await request(app).get('/health/live')).body).toEqual({ status: 'ok' });
  const ready = await request(app).get('/health/ready');
  expect(ready.status).toBe(200);
  expect(ready.body.checks).toEqual([
    { name: 'postgresql', ok: true },
    { name: 'redis', ok: true },
  ]);
});

test('every response carries a request id, and security headers', async () => {
  const res = await request(app).get('/health/live').set('X-Request-Id', 'trace-me-123');
  expect(res.headers['x-request-id']).toBe('trace-me-123');
  const page = await request(app).get('/contact');
  expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  expect(page.headers['x-content-type-options']).toBe('nosniff');
});

test('the OpenAPI document describes the console API, its filters and the CSRF header', async () => {
  const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
  expect(doc.openapi).toBe('3.1.0');
  expect(doc.info.description).toContain('X-CSRF-Token');
  for (const path of [
    '/api/admin/tickets',
    '/api/admin/tickets/{id}',
    '/api/admin/messages',
    '/api/admin/contacts',
    '/api/admin/departments',
    '/api/admin/categories',
    '/api/admin/users',
    '/api/public/tickets',
    '/api/auth/login',
  ]) {
    expect(doc.paths[path]).toBeDefined();
  }
  expect(doc.paths['/api/admin/tickets'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
    'filter',
    'sort',
    'range',
  ]);
  expect(doc.paths['/api/public/tickets'].post.requestBody.content['multipart/form-data']).toBeDefined();
  expect(
    doc.paths['/api/public/tickets'].post.requestBody.content['application/json'].schema.properties.email,
  ).toBeDefined();
});

test('an unknown API path is a JSON 404', async () => {
  const res = await request(app).get('/api/nope');
  expect(res.status).toBe(404);
  expect(res.body.message).toBe('No such endpoint.');
});

test('operators scrape /metrics: request latency, outbox backlog, queue depths and mailbox lag', async () => {
  await request(app).get('/health/live');
  await request(app).get('/api/public/categories');
  await request(app).get('/metrics');
  const res = await request(app).get('/metrics');
  expect(res.status).toBe(200);
  expect(res.text).toMatch(
    /voordeur_http_request_duration_seconds_count\{method="GET",route="\/api\/public\/categories",status="200"\} \d+/,
  );
  expect(res.text).toMatch(/voordeur_outbox_backlog\{status="pending"\} \d+/);
  expect(res.text).toMatch(/voordeur_queue_jobs\{queue="outbox",state="waiting"\} \d+/);
  expect(res.text).toContain('# TYPE voordeur_imap_lag_seconds gauge');
});

test('CORS is closed: another site’s page gets no permission to read the API', async () => {
  const res = await request(app).get('/api/public/categories').set('Origin', 'https://evil.example');
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
  const preflight = await request(app)
    .options('/api/admin/tickets')
    .set('Origin', 'https://evil.example')
    .set('Access-Control-Request-Method', 'PUT');
  expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
});

test('the console is served with a strict Content-Security-Policy', async () => {
  const res = await request(app).get('/admin/');
  expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'/);
  expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
});
