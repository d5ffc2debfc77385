import { generateSecret, generateURI, verifySync } from 'otplib';
import { db } from '../db';
import { decryptSecret, encryptSecret } from '../shared/secretBox';
import { ConflictError, UnauthorizedError } from '../shared/errors';
import type { Principal } from './principal';
import { recordFailure, refuseWhileLocked } from './service';
import { hashRecoveryCodes, newRecoveryCodes, storeRecoveryCodes } from './recoveryCodes';

const ISSUER = 'Voordeur';
// one 30-second step either way, for phones whose clock is a little off
const TOLERANCE_SECONDS = 30;

function codeIsValid(secretEnc: string, code: string): boolean {
  return verifySync({ secret: decryptSecret(secretEnc), token: code, epochTolerance: TOLERANCE_SECONDS }).valid;
}

/** A new secret for the authenticator app; it only counts once a code from it has been given (enableTotp). */
export async function startTotpSetup(user: Principal): Promise<{ secret: string; otpauthUrl: string }> {
  const current = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  if (current.totpEnabledAt) throw new ConflictError('Your authenticator app is already set up.');
  const secret = generateSecret();
  await db().user.update({ where: { id: user.id }, data: { totpSecretEnc: encryptSecret(secret) } });
  return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: user.email, secret }) };
}

/** Finishes the setup and returns the ten recovery codes, in plain text this once only. */
export async function enableTotp(user: Principal, code: string): Promise<{ recoveryCodes: string[] }> {
  const current = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  if (current.totpEnabledAt) throw new ConflictError('Your authenticator app is already set up.');
  if (!current.totpSecretEnc) throw new ConflictError('Start the setup first (GET /api/auth/totp/setup).');
  if (!codeIsValid(current.totpSecretEnc, code))
    throw new UnauthorizedError('That code is not right; use the current code from your authenticator app.');
  const recoveryCodes = newRecoveryCodes();
  const hashes = await hashRecoveryCodes(recoveryCodes);
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: now } });
    await tx.session.update({ where: { id: user.sessionId }, data: { secondFactorAt: now } });
    await storeRecoveryCodes(tx, user.id, hashes);
  });
  return { recoveryCodes };
}

/** The second step of logging in; wrong codes count as failed logins, so guessing locks the account. */
export async function verifyTotp(user: Principal, code: string): Promise<void> {
  const current = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  if (!current.totpEnabledAt || !current.totpSecretEnc)
    throw new ConflictError('Set up your authenticator app first (GET /api/auth/totp/setup).');
  refuseWhileLocked(current);
  if (!codeIsValid(current.totpSecretEnc, code)) {
    await recordFailure(current);
    throw new UnauthorizedError('That code is not right; use the current code from your authenticator app.');
  }
  await db().$transaction([
    db().session.update({ where: { id: user.sessionId }, data: { secondFactorAt: new Date() } }),
    db().user.update({ where: { id: user.id }, data: { failedLoginCount: 0 } }),
  ]);
}
