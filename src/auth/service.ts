import { db } from '../db';
import { config } from '../config';
import { randomToken, sha256Hex } from '../shared/tokens';
import { burnPasswordCheck, verifyPassword } from './password';
import type { Principal } from './principal';
import type { Language } from '../generated/prisma/enums';
import { AppError, NotFoundError, UnauthorizedError } from '../shared/errors';
import { addToOutbox } from '../notifications/outbox';
import { accountLocked } from '../notifications/templates';

const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Whether this session still waits for the user's TOTP code (administrators always need one, others once they set one up). */
export function secondFactorState(
  user: { role: string; totpEnabledAt: Date | null },
  session: { secondFactorAt: Date | null },
): 'ok' | 'required' | 'setup' {
  const needed = user.totpEnabledAt !== null || (user.role === 'admin' && config().ADMIN_TOTP_REQUIRED);
  if (!needed || session.secondFactorAt) return 'ok';
  return user.totpEnabledAt ? 'required' : 'setup';
}

export interface LoginResult {
  token: string;
  principal: Principal;
  expiresAt: Date;
}

export class AccountLockedError extends AppError {
  constructor(until: Date) {
    const at = new Intl.DateTimeFormat('nl-BE', { timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(until);
    super(423, `Too many failed logins: this account is locked until ${at}. Its owner has been told by email.`);
  }
}

/** A locked account gives no second factor either: otherwise the lock would not stop guessing codes. */
export function refuseWhileLocked(user: { lockedUntil: Date | null }): void {
  if (user.lockedUntil && user.lockedUntil > new Date()) throw new AccountLockedError(user.lockedUntil);
}

/**
 * After LOGIN_SLOW_AFTER failures in a row each further attempt is answered more slowly (doubling, at
 * most 8 steps); after LOGIN_LOCK_AFTER the account is locked for a while and its owner told by email.
 */
export async function recordFailure(user: {
  id: string;
  email: string;
  name: string;
  failedLoginCount: number;
  language: 'nl' | 'en';
}): Promise<void> {
  const c = config();
  const count = user.failedLoginCount + 1;
  if (count >= c.LOGIN_LOCK_AFTER) {
    const until = new Date(Date.now() + c.LOGIN_LOCK_MINUTES * 60_000);
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: until } });
      return addToOutbox(tx, {
        channel: 'email',
        template: 'account_locked',
        language: user.language,
        recipient: user.email,
        content: accountLocked(user.language, { name: user.name, until, attempts: count }),
      });
    });
    throw new AccountLockedError(until);
  }
  await db().user.update({ where: { id: user.id }, data: { failedLoginCount: count } });
  if (count >= c.LOGIN_SLOW_AFTER)
    await new Promise((r) => setTimeout(r, c.LOGIN_SLOWDOWN_MS * 2 ** Math.min(count - c.LOGIN_SLOW_AFTER, 3)));
}

export async function login(
  email: string,
  password: string,
  meta: { ip?: string; userAgent?: string },
): Promise<LoginResult> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    include: { memberships: true },
  });
  if (!user || !user.active) {
    await burnPasswordCheck(password);
    throw new UnauthorizedError('Unknown email address or wrong password.');
  }
  refuseWhileLocked(user);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(user);
    throw new UnauthorizedError('Unknown email address or wrong password.');
  }
  if (user.failedLoginCount > 0 || user.lockedUntil)
    await db().user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + config().SESSION_TTL_HOURS * 3600_000);
  const session = await db().session.create({
    data: {
      tokenHash: sha256Hex(token),
      csrfToken,
      userId: user.id,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
    },
  });
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return {
    token,
    expiresAt,
    principal: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      departmentIds: user.memberships.map((m) => m.departmentId),
      available: user.available,
      secondFactor: secondFactorState(user, session),
      sessionId: session.id,
      csrfToken,
    },
  };
}

export async function principalFromToken(token: string): Promise<Principal | undefined> {
  const session = await db().session.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: { user: { include: { memberships: true } } },
  });
  if (!session || session.expiresAt < new Date() || !session.user.active) return undefined;
  if (Date.now() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  const u = session.user;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    language: u.language,
    departmentIds: u.memberships.map((m) => m.departmentId),
    available: u.available,
    secondFactor: secondFactorState(u, session),
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

export async function logout(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** An agent marks themselves (un)available for auto-assignment: in a meeting, on the phone, back. */
/** The console's language follows the user from browser to browser. */
export async function setLanguage(userId: string, language: Language): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { language } });
}

export async function setAvailability(userId: string, available: boolean): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { available } });
}

/** Where a user is logged in now, newest first. */
export const sessionsOf = (userId: string) =>
  db().session.findMany({ where: { userId, expiresAt: { gt: new Date() } }, orderBy: { createdAt: 'desc' } });

/** Ends one of the user's own sessions; another user's is a 404. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  const { count } = await db().session.deleteMany({ where: { id: sessionId, userId } });
  if (count === 0) throw new NotFoundError('No such session of yours.');
}

/** Ends every session of the user but this one; answers how many. */
export async function endOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId, NOT: { id: keepSessionId } } });
  return count;
}
