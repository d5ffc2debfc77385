import { PORTS } from './loginEnv';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { onTeardown } from '../support/teardown';
import { startProvider } from '../support/oidc';

// The provider cannot be reached: a page that says so (503, to try again), nothing stored; once it is back, the
// login works without a restart (its discovery document is fetched again).
const app = buildApp();

test('a provider that is away is a 503 page, and logging in works again once it is back', async () => {
  const away = await request(app).get('/aanmelden');
  expect(away.status).toBe(503);
  expect(away.type).toBe('text/html');
  expect(away.text).toContain('Aanmelden lukt even niet');
  expect(String(away.headers['set-cookie'] ?? '')).not.toContain('vd_aanmelden');
  expect(await db().citizenSession.count()).toBe(0);

  const provider = await startProvider(PORTS.issuerPort);
  onTeardown(() => provider.stop());
  const back = await request(app).get('/aanmelden');
  expect(back.status).toBe(303);
  expect(back.headers.location.startsWith(`${provider.issuer}/`)).toBe(true);
}, 30000);
