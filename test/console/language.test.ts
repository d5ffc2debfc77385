import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loginAs, makeUser } from '../support/factories';

const app = buildApp();

describe("the console's language belongs to the user", () => {
  test('a user starts in Dutch, chooses English, and every new session (another browser) gets English', async () => {
    const user = await makeUser('agent', [], 'Sofie Peeters');
    const first = await loginAs(app, user);
    expect((await first.get('/api/auth/me').expect(200)).body.language).toBe('nl');

    const saved = await first.post('/api/auth/language', { language: 'en' }).expect(200);
    expect(saved.body).toMatchObject({ language: 'en', fullName: 'Sofie Peeters' });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).language).toBe('en');

    const elsewhere = await loginAs(app, user);
    expect((await elsewhere.get('/api/auth/me').expect(200)).body.language).toBe('en');
  });

  test('only nl and en, only for yourself, only with a session and the CSRF header', async () => {
    const user = await makeUser('staff', [], 'Jan Claes');
    const session = await loginAs(app, user);
    const wrong = await session.post('/api/auth/language', { language: 'fr' }).expect(400);
    expect(wrong.body.message).toBeTruthy();
    await session.agent.post('/api/auth/language').send({ language: 'en' }).expect(403);
    await request(app).post('/api/auth/language').send({ language: 'en' }).expect(401);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).language).toBe('nl');
  });
});
