import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { makeCategory, makeDepartment } from '../support/factories';

const app = buildApp();

beforeAll(async () => {
  await makeCategory((await makeDepartment()).id, 'sluikstort');
});

describe('the plain HTML contact form', () => {
  test('is an accessible Dutch page with a label for every field and a fresh submission key', async () => {
    const res = await request(app).get('/contact').expect(200);
    expect(res.text).toContain('<html lang="nl-BE">');
    for (const field of ['name', 'email', 'phone', 'category', 'subject', 'message', 'address', 'attachments']) {
      expect(res.text).toContain(`<label for="${field}">`);
      expect(res.text).toMatch(new RegExp(`id="${field}" name="${field}"`));
    }
    expect(res.text).toMatch(/name="submissionKey" value="[A-Za-z0-9_-]{43}"/);
    expect(res.text).toContain('Categorie sluikstort');
  });

  test('shows the errors in Dutch next to the fields, keeps what was typed, and creates nothing', async () => {
    const before = await db().ticket.count();
    const res = await request(app)
      .post('/contact')
      .type('form')
      .send({ name: 'Jan <b>', email: 'jan@', subject: 'Hi', message: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('Dit is geen geldig e-mailadres');
    expect(res.text).toContain('Gebruik minstens 3 tekens.');
    expect(res.text).toContain('Vul uw bericht in.');
    expect(res.text).toContain('aria-invalid="true"');
    expect(res.text).toContain('value="Jan &lt;b&gt;"');
    expect(await db().ticket.count()).toBe(before);
  });

  test('a sent form shows the reference and the tracking link; sending it twice shows the same reference', async () => {
    const fields = {
      name: 'Luc',
      email: 'luc@example.be',
      subject: 'Sluikstort',
      message: 'Matras aan de kerk',
      category: 'sluikstort',
      submissionKey: 'page-key-123456',
      language: 'nl',
    };
    const first = await request(app).post('/contact').type('form').send(fields);
    expect(first.status).toBe(201);
    const reference = /class="ref">(VD-\d{4}-\d{4})</.exec(first.text)?.[1];
    expect(reference).toBeDefined();
    expect(first.text).toMatch(/href="http:\/\/voordeur\.test\/volg\/[A-Za-z0-9_-]+"/);
    const second = await request(app).post('/contact').type('form').send(fields);
    expect(second.status).toBe(200);
    expect(second.text).toContain(reference!);
    expect(await db().ticket.count({ where: { reference } })).toBe(1);
  });

  test('a bot that fills in the hidden field is refused and nothing is created', async () => {
    const res = await request(app)
      .post('/contact')
      .type('form')
      .send({
        email: 'bot@example.be',
        subject: 'Koop nu',
        message: 'spam',
        website: 'http://spam.example',
        formIssuedAt: String(Date.now() - 60_000),
      });
    expect(res.status).toBe(400);
    expect(res.text).toContain('lijkt automatisch verstuurd');
    expect(await db().ticket.count({ where: { subject: 'Koop nu' } })).toBe(0);
  });

  test('a form sent faster than a person can fill it in is refused with a way out', async () => {
    const res = await request(app)
      .post('/contact')
      .type('form')
      .send({ email: 'snel@example.be', subject: 'Te snel', message: 'x', formIssuedAt: String(Date.now() + 10_000) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Verstuur het dan opnieuw');
    expect(await db().ticket.count({ where: { subject: 'Te snel' } })).toBe(0);
  });

  test('in English on request', async () => {
    const res = await request(app).get('/contact?lang=en').expect(200);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('Your message');
  });

  test('the tracking page shows nothing without a valid token', async () => {
    const res = await request(app).get('/volg/not-a-real-token-aaaaaaaaaaaaaaaaaaaa');
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/VD-\d{4}-\d{4}/);
  });
});
