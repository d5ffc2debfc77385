import request from 'supertest';
import { buildApp } from '../../src/app';
import { config } from '../../src/config';

// Without OIDC_ISSUER (the test environment sets none): everything stays anonymous, as before citizen login.
const app = buildApp();

test('the settings leave citizen login off', () => {
  expect(config().citizenLogin).toBe(false);
});

test.each([
  ['get', '/aanmelden'],
  ['get', '/aanmelden?lang=en'],
  ['get', '/aanmelden/terug?code=abc&state=def'],
  ['post', '/afmelden'],
  ['get', '/afmelden/klaar'],
  ['get', '/afmelden/verder'],
  ['get', '/mijn-dossiers'],
  ['get', '/mijn-dossiers/VD-AAAA-11'],
] as const)('%s %s answers 404 with a friendly page', async (method, path) => {
  const res = await request(app)[method](path);
  expect(res.status).toBe(404);
  expect(res.type).toBe('text/html');
  expect(res.text).toMatch(
    path.includes('lang=en') ? /Logging in is not possible here/ : /Aanmelden is hier niet mogelijk/,
  );
  expect(res.text).toContain('href="/contact');
  expect(res.headers['set-cookie']).toBeUndefined();
});

test('/api/public/me is 401 for everyone, even with a cookie', async () => {
  const res = await request(app)
    .get('/api/public/me')
    .set('Cookie', 'vd_burger=' + 'a'.repeat(43));
  expect(res.status).toBe(401);
});

test.each(['/contact', '/contact?lang=en', '/afspraak', '/toegankelijkheid'])(
  'the public page %s shows no login link',
  async (path) => {
    const res = await request(app).get(path);
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/aanmelden"|mijn-dossiers|Aanmelden<|Log in</);
    expect(res.text).not.toContain('nav class="account"');
  },
);
