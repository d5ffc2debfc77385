import { randomInt } from 'node:crypto';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { ConflictError, UnauthorizedError } from '../shared/errors';
import { hashPassword, verifyPassword } from './password';
import type { Principal } from './principal';
import { refuseWhileLocked, recordFailure } from './service';

export const RECOVERY_CODE_COUNT = 10;
// no 0/o, 1/l/i: the codes are written down on paper and typed in again
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const HALF = 5;

/** Ten codes like "k7mq2-x9fhd": about 50 random bits each, and a wrong guess counts as a failed login. */
export function newRecoveryCodes(): string[] {
  const half = () => Array.from({ length: HALF }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${half()}-${half()}`);
}

/** What the user typed, as it was hashed: lower case, without spaces or the dash. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** argon2id, like passwords; done before a transaction opens, since ten hashes take a moment. */
export function hashRecoveryCodes(codes: string[]): Promise<string[]> {
  return Promise.all(codes.map((c) => hashPassword(normaliseRecoveryCode(c))));
}

/** Replaces the user's recovery codes inside `tx`: the old ones stop working at once. */
export async function storeRecoveryCodes(tx: Prisma.TransactionClient, userId: string, hashes: string[]) {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
}

/** The user makes new codes from their account, e.g. after using some or losing the paper: the old ones stop working. */
export async function regenerateRecoveryCodes(user: Principal): Promise<{ codes: string[] }> {
  const current = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  if (!current.totpEnabledAt)
    throw new ConflictError('Set up your authenticator app first; its recovery codes come with it.');
  const codes = newRecoveryCodes();
  const hashes = await hashRecoveryCodes(codes);
  await db().$transaction((tx) => storeRecoveryCodes(tx, user.id, hashes));
  return { codes };
}

export async function recoveryCodesLeft(userId: string): Promise<number> {
  return db().recoveryCode.count({ where: { userId, usedAt: null } });
}

/**
 * The second step of logging in with a recovery code instead of the app's code. Each code works once (spent by a
 * conditional update, so two requests racing with one code cannot both pass); a wrong or used code counts as a
 * failed login, like a wrong TOTP code, so guessing locks the account.
 */
export async function verifyRecoveryCode(user: Principal, code: string): Promise<{ left: number }> {
  const current = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  refuseWhileLocked(current);
  if (!current.totpEnabledAt)
    throw new ConflictError('Set up your authenticator app first (GET /api/auth/totp/setup).');
  const unused = await db().recoveryCode.findMany({ where: { userId: user.id, usedAt: null } });
  const typed = normaliseRecoveryCode(code);
  let match: string | undefined;
  for (const candidate of unused) {
    if (await verifyPassword(candidate.codeHash, typed)) {
      match = candidate.id;
      break;
    }
  }
  const spent = match
    ? await db().recoveryCode.updateMany({ where: { id: match, usedAt: null }, data: { usedAt: new Date() } })
    : { count: 0 };
  if (spent.count === 0) {
    await recordFailure(current);
    throw new UnauthorizedError('That recovery code is not right or has been used already; each code works only once.');
  }
  await db().$transaction([
    db().session.update({ where: { id: user.sessionId }, data: { secondFactorAt: new Date() } }),
    db().user.update({ where: { id: user.id }, data: { failedLoginCount: 0 } }),
  ]);
  return { left: await recoveryCodesLeft(user.id) };
}
