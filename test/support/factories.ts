import request from 'supertest';
import type { Express } from 'express';
import { randomBytes } from 'node:crypto';
import { db } from '../../src/db';
import { hashPassword } from '../../src/auth/password';
import type { Role } from '../../src/generated/prisma/enums';
import type { Prisma } from '../../src/generated/prisma/client';
import { generateSync } from 'otplib';
import { encryptSecret } from '../../src/shared/secretBox';

/** Administrators have an authenticator app set up with this secret; loginAs gives its code. */
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export async function makeDepartment(name = `Dienst ${unique()}`) {
  return db().department.create({ data: { name } });
}

export async function makeCategory(departmentId: string | null, code = `cat-${unique()}`) {
  return db().category.create({
    data: { code, nameNl: `Categorie ${code}`, nameEn: `Category ${code}`, departmentId },
  });
}

export async function makeUser(
  role: Role,
  departmentIds: string[] = [],
  name = `Gebruiker ${unique()}`,
  opts: { totp?: boolean } = {},
) {
  passwordHash ??= hashPassword(PASSWORD);
  const totp = opts.totp ?? role === 'admin';
  return db().user.create({
    data: {
      ...(totp ? { totpSecretEnc: encryptSecret(TOTP_SECRET), totpEnabledAt: new Date() } : {}),
      email: `${role}-${unique()}@testdorp.example`,
      name,
      role,
      passwordHash: await passwordHash,
      memberships: { create: departmentIds.map((departmentId) => ({ departmentId })) },
    },
  });
}

/** A logged-in console client: supertest agent keeping the cookie, with the CSRF header on every change. */
export async function loginAs(app: Express, user: { email: string }) {
  const agent = request.agent(app);
  const res = await agent.post('/api/auth/login').send({ email: user.email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const csrf = res.body.csrfToken as string;
  if (res.body.secondFactor === 'required') {
    const second = await agent
      .post('/api/auth/totp/verify')
      .set('X-CSRF-Token', csrf)
      .send({ code: generateSync({ secret: TOTP_SECRET }) });
    if (second.status !== 200) throw new Error(`second factor failed: ${second.status} ${JSON.stringify(second.body)}`);
  }
  return {
    agent,
    csrf,
    get: (url: string) => agent.get(url),
    post: (url: string, body?: object) =>
      agent
        .post(url)
        .set('X-CSRF-Token', csrf)
        .send(body ?? {}),
    put: (url: string, body?: object) =>
      agent
        .put(url)
        .set('X-CSRF-Token', csrf)
        .send(body ?? {}),
    /** A change as a screen makes it: reads the record, then saves with the version it read. */
    edit: async (url: string, body: object) => {
      const { version } = (await agent.get(url)).body as { version?: number };
      return agent
        .put(url)
        .set('X-CSRF-Token', csrf)
        .send({ ...body, version });
    },
    delete: (url: string) => agent.delete(url).set('X-CSRF-Token', csrf),
  };
}

export type Console = Awaited<ReturnType<typeof loginAs>>;

/** The list query string react-admin would send. */
export function listUrl(
  resource: string,
  opts: { filter?: object; sort?: [string, string]; range?: [number, number] } = {},
): string {
  const q = new URLSearchParams();
  if (opts.filter) q.set('filter', JSON.stringify(opts.filter));
  if (opts.sort) q.set('sort', JSON.stringify(opts.sort));
  if (opts.range) q.set('range', JSON.stringify(opts.range));
  return `/api/admin/${resource}?${q.toString()}`;
}

export async function makeTicket(
  over: {
    departmentId?: string;
    categoryId?: string;
    email?: string;
    phone?: string;
    name?: string;
    subject?: string;
    body?: string;
    channel?: 'web' | 'email' | 'phone';
  } = {},
) {
  const { intake } = await import('../../src/intake/intake');
  const { ticket } = await intake({
    channel: over.channel ?? 'web',
    contact: {
      name: over.name ?? 'Burger Test',
      email: 'email' in over ? over.email : `burger-${unique()}@example.be`,
      phone: over.phone,
    },
    subject: over.subject ?? 'Vraag over iets',
    body: over.body ?? 'Graag wat uitleg.',
    departmentId: over.departmentId,
    categoryId: over.categoryId,
    acknowledge: false,
  });
  return ticket;
}

/** An email waiting in the outbox, written straight to the table (no signal to the relays: their timer finds it). */
export function makeNotification(
  row: Pick<Prisma.NotificationUncheckedCreateInput, 'recipient' | 'subject'> &
    Partial<Prisma.NotificationUncheckedCreateInput>,
) {
  return db().notification.create({
    data: { channel: 'email', template: 't', language: 'nl', bodyText: 'x', ...row },
  });
}
