import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { sha256Hex } from '../../src/shared/tokens';
import { listUrl, loginAs, makeUser, type Console } from '../support/factories';
import { makeServices } from './support';

const app = buildApp();
let admin: Console;

beforeAll(async () => {
  await makeServices();
  admin = await loginAs(app, await makeUser('admin'));
});

const report = (key: string) =>
  request(app)
    .post('/open311/v2/requests.json')
    .type('form')
    .send(
      new URLSearchParams({ api_key: key, service_code: 'wegdek', address_string: 'Stationsstraat 52' }).toString(),
    );

describe('API keys for Open311 clients', () => {
  test('an administrator makes a key: it is shown once, only its hash is kept, and it works', async () => {
    const res = await admin.post('/api/admin/api-keys', { name: 'Fixmystreet-app' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['createdAt', 'id', 'key', 'keyPrefix', 'name']);
    const { id, key, keyPrefix } = res.body;
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keyPrefix).toBe(key.slice(0, 8));
    const stored = await db().apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.keyHash).toBe(sha256Hex(key));
    expect(stored.createdByUserId).not.toBeNull();
    expect(JSON.stringify(stored)).not.toContain(key);

    expect((await report(key)).status).toBe(200);
    const one = await admin.get(`/api/admin/api-keys/${id}`).expect(200);
    expect(one.body).toMatchObject({ id, name: 'Fixmystreet-app', keyPrefix, revokedAt: null });
    expect(one.body.lastUsedAt).not.toBeNull();
    for (const text of [one.text]) {
      expect(text).not.toContain(key);
      expect(text).not.toContain(stored.keyHash);
      expect(text).not.toContain('keyHash');
    }
  });

  test('the list is a react-admin list with Content-Range; it never holds a key or a hash', async () => {
    const made = await admin.post('/api/admin/api-keys', { name: 'Tweede app' }).expect(201);
    const res = await admin.get(listUrl('api-keys', { sort: ['createdAt', 'DESC'], range: [0, 9] })).expect(200);
    expect(res.headers['content-range']).toMatch(/^api-keys 0-\d+\/\d+$/);
    expect(res.body[0]).toMatchObject({ id: made.body.id, name: 'Tweede app' });
    expect(Object.keys(res.body[0]).sort()).toEqual([
      'createdAt',
      'createdByUserId',
      'id',
      'keyPrefix',
      'lastUsedAt',
      'name',
      'revokedAt',
    ]);
    const hashes = (await db().apiKey.findMany()).map((k) => k.keyHash);
    for (const h of hashes) expect(res.text).not.toContain(h);
    expect(res.text).not.toContain(made.body.key);
    const found = await admin.get(listUrl('api-keys', { filter: { q: 'tweede' } })).expect(200);
    expect(found.body.map((k: { name: string }) => k.name)).toEqual(['Tweede app']);
  });

  test('revoking a key (DELETE) refuses it from then on; the record stays', async () => {
    const { id, key } = (await admin.post('/api/admin/api-keys', { name: 'Op te zeggen' }).expect(201)).body;
    expect((await report(key)).status).toBe(200);
    const revoked = await admin.delete(`/api/admin/api-keys/${id}`).expect(200);
    expect(revoked.body).toMatchObject({ id, name: 'Op te zeggen' });
    expect(revoked.body.revokedAt).not.toBeNull();
    expect(revoked.body).not.toHaveProperty('key');
    const refused = await report(key);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual([{ code: 403, description: 'Invalid api_key: it is unknown or has been revoked.' }]);
    // revoking again keeps the first time
    expect((await admin.delete(`/api/admin/api-keys/${id}`).expect(200)).body.revokedAt).toBe(revoked.body.revokedAt);
    const inUse = await admin.get(listUrl('api-keys', { filter: { revoked: false } })).expect(200);
    expect(inUse.body.map((k: { id: string }) => k.id)).not.toContain(id);
    const gone = await admin.get(listUrl('api-keys', { filter: { revoked: true } })).expect(200);
    expect(gone.body.map((k: { id: string }) => k.id)).toEqual([id]);
  });

  test('a name is required; an unknown key is a 404', async () => {
    expect((await admin.post('/api/admin/api-keys', {})).status).toBe(400);
    expect((await admin.post('/api/admin/api-keys', { name: ' ' })).status).toBe(400);
    expect((await admin.delete('/api/admin/api-keys/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.get('/api/admin/api-keys/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  test('only administrators: agents and staff are refused, anonymous callers must log in', async () => {
    const { id } = (await admin.post('/api/admin/api-keys', { name: 'Beschermd' }).expect(201)).body;
    for (const role of ['agent', 'staff'] as const) {
      const c = await loginAs(app, await makeUser(role));
      expect((await c.get('/api/admin/api-keys')).status).toBe(403);
      expect((await c.get(`/api/admin/api-keys/${id}`)).status).toBe(403);
      expect((await c.post('/api/admin/api-keys', { name: 'Mag niet' })).status).toBe(403);
      expect((await c.delete(`/api/admin/api-keys/${id}`)).status).toBe(403);
    }
    expect((await request(app).get('/api/admin/api-keys')).status).toBe(401);
    expect((await request(app).post('/api/admin/api-keys').send({ name: 'x' })).status).toBe(401);
    expect(await db().apiKey.count({ where: { name: 'Mag niet' } })).toBe(0);
    expect((await db().apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  test('the routes are in the OpenAPI document under the open311 tag', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(doc.paths['/api/admin/api-keys'].post.tags).toEqual(['open311']);
    expect(doc.paths['/api/admin/api-keys/{id}'].delete).toBeDefined();
  });
});
