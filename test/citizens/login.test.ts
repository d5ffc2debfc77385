import { PORTS } from './loginEnv';
import request from 'supertest';
import type { Express } from 'express';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { config } from '../../src/config';
import { submitWebForm } from '../../src/channels/web/submit';
import { sweepCitizenSessions } from '../../src/citizens/sessions';
import { eraseContact } from '../../src/privacy/erase';
import { scheduleCitizenSessionSweep, startCitizenSessionWorker } from '../../src/citizens/jobs';
import { eventually } from '../support/wait';
import { onTeardown } from '../support/teardown';
import { makeUser } from '../support/factories';
import { at, counters } from '../appointments/world';
import { makeEloketWorld, samenstelling } from '../eloket/world';
import { BURGER, passProvider, startProvider, type TestProvider } from '../support/oidc';

// Citizen login against a real OpenID Connect provider (oidc-provider, started here): the code flow with PKCE,
// state and nonce, the session, /api/public/me, Mijn dossiers, logout, expiry, and forged answers refused.
let app: Express;
let provider: TestProvider;

beforeAll(async () => {
  provider = await startProvider(PORTS.issuerPort);
  onTeardown(() => provider.stop());
  app = buildApp();
}, 30000);

type Agent = ReturnType<typeof request.agent>;

/** Starts a login at /aanmelden and passes the provider as `account`; the answer the browser would bring back. */
async function throughProvider(agent: Agent, account: string, terug?: string) {
  const start = await agent.get(`/aanmelden${terug ? `?terug=${encodeURIComponent(terug)}` : ''}`);
  expect(start.status).toBe(303);
  const authorization = new URL(start.headers.location);
  expect(authorization.origin).toBe(provider.issuer);
  return passProvider(start.headers.location, account);
}

async function login(account = 'burger', terug?: string): Promise<Agent> {
  const agent = request.agent(app);
  const back = await throughProvider(agent, account, terug);
  const done = await agent.get(`${back.pathname}${back.search}`);
  expect(done.status).toBe(303);
  return agent;
}

const sessions = () => db().citizenSession.count();

test('the login asks for the code flow with PKCE (S256), state, nonce and the configured scopes', async () => {
  const start = await request(app).get('/aanmelden');
  const url = new URL(start.headers.location);
  expect(url.searchParams.get('response_type')).toBe('code');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(url.searchParams.get('state')).toBeTruthy();
  expect(url.searchParams.get('nonce')).toBeTruthy();
  expect(url.searchParams.get('scope')).toBe('openid profile email phone rrn');
  expect(url.searchParams.get('redirect_uri')).toBe(`${config().PUBLIC_URL}/aanmelden/terug`);
  // the login in progress is sealed: neither the verifier nor the state can be read from the cookie
  const cookie = String(start.headers['set-cookie']);
  expect(cookie).toMatch(/vd_aanmelden=v1%3A/);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
  expect(cookie).not.toContain(url.searchParams.get('state')!);
});

test('login → callback → session → /api/public/me with the claims, national-register number included', async () => {
  const before = await sessions();
  const agent = request.agent(app);
  const back = await throughProvider(agent, 'burger', '/contact?lang=en');
  const done = await agent.get(`${back.pathname}${back.search}`);
  expect(done.status).toBe(303);
  expect(done.headers.location).toBe('/contact?lang=en');
  const cookie = String(done.headers['set-cookie']);
  expect(cookie).toMatch(/vd_burger=[A-Za-z0-9_-]{43};/);
  // a browser-session cookie (no Max-Age): closing the browser ends it
  expect(cookie).not.toMatch(/vd_burger=[^,]*Max-Age/);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
  expect(await sessions()).toBe(before + 1);

  const me = await agent.get('/api/public/me');
  expect(me.status).toBe(200);
  expect(me.body).toEqual({
    name: 'An Peeters',
    email: 'an.peeters@example.be',
    emailVerified: true,
    nationalRegisterNumber: '85073003328',
  });
  // stored: the hash of the token, the number sealed, never the ID token
  const token = /vd_burger=([^;]+)/.exec(cookie)![1];
  const row = (await db().citizenSession.findFirst({ orderBy: { createdAt: 'desc' } }))!;
  expect(row.tokenHash).not.toBe(token);
  expect(row.subject).toBe(`${provider.issuer} burger`);
  expect(row.nationalRegisterEnc).toMatch(/^v1:/);
  expect(JSON.stringify(row)).not.toContain('85073003328');
  expect(JSON.stringify(row)).not.toMatch(/eyJ/);

  expect((await request(app).get('/api/public/me')).status).toBe(401);
});

test('the pre-filled contact form and booking page for a logged-in citizen; the header offers Mijn dossiers', async () => {
  const agent = await login();
  const form = await agent.get('/contact');
  expect(form.text).toContain('value="An Peeters"');
  expect(form.text).toContain('value="an.peeters@example.be"');
  expect(form.text).toContain('href="/mijn-dossiers"');
  expect(form.text).toContain('action="/afmelden"');
  const booking = await agent.get('/afspraak');
  expect(booking.text).toContain('value="An Peeters"');
  // anonymous: an empty form and a login link
  const anonymous = await request(app).get('/contact');
  expect(anonymous.text).not.toContain('An Peeters');
  // … that comes back to the same page
  expect(anonymous.text).toContain('href="/aanmelden?terug=%2Fcontact"');
  expect((await request(app).get('/contact?lang=en')).text).toContain(
    'href="/aanmelden?terug=%2Fcontact%3Flang%3Den&amp;lang=en"',
  );
});

test('Mijn dossiers: the case sent while logged in and the one matched by verified e-mail; never another citizen’s, notes or staff', async () => {
  // earlier, anonymously, with the address the provider verifies
  const byEmail = await submitWebForm(
    {
      subject: 'Losliggende stoeptegel',
      message: 'Aan de kerk ligt een tegel los.',
      email: BURGER.email,
      language: 'nl',
    },
    [],
  );
  // someone else's case
  const other = await submitWebForm(
    { subject: 'Geheime zaak van Bart', message: 'Niet voor An.', email: 'bart.claes@example.be', language: 'nl' },
    [],
  );
  const agent = await login();
  // while logged in, with another address typed in: linked by the login, not by the address
  const sent = await agent
    .post('/api/public/tickets')
    .send({ subject: 'Vraag over mijn parkeerkaart', message: 'Wanneer komt ze?', email: 'an.werk@example.be' });
  expect(sent.status).toBe(201);
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: sent.body.reference } });
  // an internal note and the agent's name on the e-mail case must stay inside
  const agentUser = await makeUser('agent', [], 'Medewerker Vertrouwelijk');
  const byEmailTicket = await db().ticket.update({
    where: { reference: byEmail.reference },
    data: { assigneeId: agentUser.id },
  });
  await db().message.create({
    data: {
      ticketId: byEmailTicket.id,
      direction: 'note',
      channel: 'web',
      authorUserId: agentUser.id,
      bodyText: 'INTERNE NOTITIE: niet tonen',
    },
  });

  const page = await agent.get('/mijn-dossiers');
  expect(page.status).toBe(200);
  expect(page.headers['cache-control']).toBe('no-store');
  expect(page.text).toContain(ticket.reference);
  expect(page.text).toContain('Vraag over mijn parkeerkaart');
  expect(page.text).toContain(byEmail.reference);
  expect(page.text).toContain('Losliggende stoeptegel');
  expect(page.text).not.toContain(other.reference);
  expect(page.text).not.toContain('Geheime zaak');

  const detail = await agent.get(`/mijn-dossiers/${byEmail.reference}`);
  expect(detail.status).toBe(200);
  expect(detail.text).toContain('Aan de kerk ligt een tegel los.');
  expect(detail.text).not.toContain('INTERNE NOTITIE');
  expect(detail.text).not.toContain('Medewerker Vertrouwelijk');
  expect(detail.text).not.toContain('/volg/');
  // another citizen's reference: as if it did not exist
  const foreign = await agent.get(`/mijn-dossiers/${other.reference}`);
  expect(foreign.status).toBe(404);
  expect(foreign.text).not.toContain('Geheime zaak');

  // Bart logs in and sees his own case only
  const bart = await login('andere');
  const his = await bart.get('/mijn-dossiers');
  expect(his.text).toContain(other.reference);
  expect(his.text).not.toContain(ticket.reference);
  expect(his.text).not.toContain(byEmail.reference);
});

test('an address the provider did not verify proves nothing: no cases by e-mail', async () => {
  const bartCase = await submitWebForm(
    { subject: 'Nog een zaak van Bart', message: 'Alleen voor Bart.', email: 'bart.claes@example.be', language: 'nl' },
    [],
  );
  const agent = await login('ongeverifieerd');
  const page = await agent.get('/mijn-dossiers');
  expect(page.status).toBe(200);
  expect(page.text).not.toContain(bartCase.reference);
  expect((await agent.get(`/mijn-dossiers/${bartCase.reference}`)).status).toBe(404);
});

test('an appointment booked while logged in shows in Mijn dossiers with its cancel link', async () => {
  const world = await counters(1);
  const agent = await login();
  const booked = await agent.post('/api/public/appointments').send({
    serviceId: world.serviceId,
    start: at(world.day, '10:00'),
    name: 'An Peeters',
    phone: '0470 12 34 56',
  });
  expect(booked.status).toBe(201);
  const page = await agent.get('/mijn-dossiers');
  expect(page.text).toContain(booked.body.code);
  expect(page.text).toContain('Identiteitskaart');
  expect(page.text).toContain(`/afspraak/beheer/${booked.body.manageToken}`);
  // nobody else's list shows it
  const bart = await login('andere');
  expect((await bart.get('/mijn-dossiers')).text).not.toContain(booked.body.code);
});

test('an e-loket request sent while logged in shows in Mijn dossiers, named by its document', async () => {
  await makeEloketWorld();
  const agent = await login();
  const sent = await agent
    .post('/api/public/document-requests')
    .send(samenstelling({ email: 'iemand.anders@example.be' }));
  expect(sent.status).toBe(201);
  // linked by the login, not by the address typed in the form
  const page = await agent.get('/mijn-dossiers');
  expect(page.text).toContain(sent.body.reference);
  expect(page.text).toContain('Samenstelling van het gezin');
  expect(page.text).toContain('href="/e-loket"');
  const bart = await login('andere');
  expect((await bart.get('/mijn-dossiers')).text).not.toContain(sent.body.reference);
});

test('Mijn dossiers without a login sends to the login and back', async () => {
  const res = await request(app).get('/mijn-dossiers/VD-AAAA-11?lang=en');
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe(
    `/aanmelden?terug=${encodeURIComponent('/mijn-dossiers/VD-AAAA-11?lang=en')}&lang=en`,
  );
});

test('the return path stays on this site', async () => {
  for (const terug of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
    const agent = request.agent(app);
    const back = await throughProvider(agent, 'burger', terug);
    const done = await agent.get(`${back.pathname}${back.search}`);
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/mijn-dossiers');
  }
});

describe('forged callbacks: a clear 400, no session stored', () => {
  async function refused(res: request.Response, before: number) {
    expect(res.status).toBe(400);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('Aanmelden is niet gelukt');
    expect(String(res.headers['set-cookie'] ?? '')).not.toMatch(/vd_burger=[A-Za-z0-9]/);
    expect(await sessions()).toBe(before);
  }

  test('without the login in progress (no cookie, or one from another browser)', async () => {
    const before = await sessions();
    const agent = request.agent(app);
    const back = await throughProvider(agent, 'burger');
    await refused(await request(app).get(`${back.pathname}${back.search}`), before);
    await refused(await request(app).get('/aanmelden/terug?code=abc&state=def'), before);
  });

  test('a wrong state', async () => {
    const before = await sessions();
    const agent = request.agent(app);
    const back = await throughProvider(agent, 'burger');
    back.searchParams.set('state', 'not-the-state-we-sent-0123456789');
    await refused(await agent.get(`${back.pathname}${back.search}`), before);
  });

  test('a replayed code (the same answer twice, even with the login cookie kept)', async () => {
    const agent = request.agent(app);
    const start = await agent.get('/aanmelden');
    const pending = /vd_aanmelden=([^;]+)/.exec(String(start.headers['set-cookie']))![1];
    const back = await passProvider(start.headers.location, 'burger');
    expect((await agent.get(`${back.pathname}${back.search}`)).status).toBe(303);
    const before = await sessions();
    const replay = await request(app).get(`${back.pathname}${back.search}`).set('Cookie', `vd_aanmelden=${pending}`);
    await refused(replay, before);
  });

  test('an answer claiming another issuer', async () => {
    const before = await sessions();
    const agent = request.agent(app);
    const back = await throughProvider(agent, 'burger');
    expect(back.searchParams.get('iss')).toBe(provider.issuer);
    back.searchParams.set('iss', 'https://evil.example');
    await refused(await agent.get(`${back.pathname}${back.search}`), before);
  });

  test('a tampered ID token from the token endpoint', async () => {
    const before = await sessions();
    await provider.tamper('signature');
    try {
      const agent = request.agent(app);
      const back = await throughProvider(agent, 'burger');
      await refused(await agent.get(`${back.pathname}${back.search}`), before);
    } finally {
      await provider.tamper('');
    }
  });

  test('an error answer (the citizen cancelled at the provider)', async () => {
    const before = await sessions();
    const agent = request.agent(app);
    const start = await agent.get('/aanmelden');
    const state = new URL(start.headers.location).searchParams.get('state')!;
    const res = await agent.get(
      `/aanmelden/terug?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    await refused(res, before);
  });
});

test('logout needs the page’s token, ends the session and goes to the provider’s logout', async () => {
  const agent = await login();
  const before = await sessions();
  const page = await agent.get('/mijn-dossiers');
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)![1];
  const forged = await agent.post('/afmelden').type('form').send({ csrf: 'wrong' });
  expect(forged.status).toBe(403);
  expect((await agent.get('/api/public/me')).status).toBe(200);

  const out = await agent.post('/afmelden').type('form').send({ csrf });
  expect(out.status).toBe(303);
  expect(out.headers.location).toBe('/afmelden/verder');
  const onward = await agent.get('/afmelden/verder');
  const end = new URL(/content="0;url=([^"]+)"/.exec(onward.text)![1].replace(/&amp;/g, '&'));
  expect(`${end.origin}${end.pathname}`).toBe(`${provider.issuer}/session/end`);
  expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${config().PUBLIC_URL}/afmelden/klaar`);
  expect(end.searchParams.get('client_id')).toBe('voordeur-test');
  expect(await sessions()).toBe(before - 1);
  expect((await agent.get('/api/public/me')).status).toBe(401);
  expect((await agent.get('/afmelden/klaar')).text).toContain('U bent afgemeld');
});

test('an expired session (idle or past its end) is refused and erased; the sweeper removes the rest', async () => {
  const idle = await login();
  const row = (await db().citizenSession.findFirst({ orderBy: { createdAt: 'desc' } }))!;
  await db().citizenSession.update({
    where: { id: row.id },
    data: { lastSeenAt: new Date(Date.now() - (config().CITIZEN_SESSION_IDLE_HOURS * 3600_000 + 1000)) },
  });
  expect((await idle.get('/api/public/me')).status).toBe(401);
  expect(await db().citizenSession.findUnique({ where: { id: row.id } })).toBeNull();

  const old = await login();
  const oldRow = (await db().citizenSession.findFirst({ orderBy: { createdAt: 'desc' } }))!;
  await db().citizenSession.update({ where: { id: oldRow.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const fresh = await login();
  expect(await sweepCitizenSessions()).toBeGreaterThanOrEqual(1);
  expect(await db().citizenSession.findUnique({ where: { id: oldRow.id } })).toBeNull();
  expect((await old.get('/api/public/me')).status).toBe(401);
  expect((await fresh.get('/api/public/me')).status).toBe(200);
});

test('erasing the citizen (right to erasure) ends their login and empties Mijn dossiers', async () => {
  const agent = await login();
  const sent = await agent
    .post('/api/public/tickets')
    .send({ subject: 'Wis mij', message: 'Mijn gegevens mogen weg.', email: 'an.prive@example.be' });
  expect(sent.status).toBe(201);
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: sent.body.reference } });
  const identity = await db().contactIdentity.findFirstOrThrow({
    where: { contactId: ticket.contactId!, kind: 'oidc' },
  });
  expect(identity.value).toBe(`${provider.issuer} burger`);
  await eraseContact(ticket.contactId!);
  expect(await db().citizenSession.count({ where: { subject: identity.value } })).toBe(0);
  expect((await agent.get('/api/public/me')).status).toBe(401);
  const again = await login();
  expect((await again.get('/mijn-dossiers')).text).not.toContain(sent.body.reference);
});

test('the worker sweeps expired logins on its schedule (queue citizens)', async () => {
  const agent = await login();
  const row = (await db().citizenSession.findFirst({ orderBy: { createdAt: 'desc' } }))!;
  await db().citizenSession.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const worker = startCitizenSessionWorker();
  onTeardown(() => worker.close());
  await scheduleCitizenSessionSweep();
  // the schedule's first run is at once; the row goes without anyone using the cookie
  await eventually(
    async () => (await db().citizenSession.findUnique({ where: { id: row.id } })) === null,
    15000,
    'the sweep',
  );
  expect((await agent.get('/api/public/me')).status).toBe(401);
});
