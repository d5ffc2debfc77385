import { db } from '../db';
import { config } from '../config';
import { randomToken, sha256Hex } from '../shared/tokens';
import { decryptSecret, encryptSecret } from '../shared/secretBox';
import type { CitizenClaims } from './oidc';

export interface Citizen {
  sessionId: string;
  subject: string;
  name?: string;
  email?: string;
  emailVerified: boolean;
  phone?: string;
  nationalRegisterNumber?: string;
  /** for the logout form */
  csrfToken: string;
}

const hours = (h: number) => h * 3600_000;

/** A session for the citizen who just logged in; the token is theirs (the cookie), only its hash is kept. */
export async function startCitizenSession(claims: CitizenClaims, now = new Date()): Promise<string> {
  const token = randomToken();
  await db().citizenSession.create({
    data: {
      tokenHash: sha256Hex(token),
      csrfToken: randomToken(),
      subject: claims.subject,
      name: claims.name ?? null,
      email: claims.email ?? null,
      emailVerified: claims.emailVerified,
      phone: claims.phone ?? null,
      nationalRegisterEnc: claims.nationalRegisterNumber ? encryptSecret(claims.nationalRegisterNumber) : null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + hours(config().CITIZEN_SESSION_MAX_HOURS)),
    },
  });
  return token;
}

/** The logged-in citizen for a cookie's token: not expired (idle or absolute); a request counts as activity. */
export async function citizenForToken(token: string, now = new Date()): Promise<Citizen | undefined> {
  if (!/^[A-Za-z0-9_-]{40,100}$/.test(token)) return undefined;
  const idleSince = new Date(now.getTime() - hours(config().CITIZEN_SESSION_IDLE_HOURS));
  const row = await db().citizenSession.findUnique({ where: { tokenHash: sha256Hex(token) } });
  if (!row) return undefined;
  if (row.expiresAt <= now || row.lastSeenAt <= idleSince) {
    // an expired login is erased at once, with the national-register number it carried
    await db().citizenSession.deleteMany({ where: { id: row.id } });
    return undefined;
  }
  // written at most once a minute: a page with many requests does not write each time
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000)
    await db().citizenSession.updateMany({ where: { id: row.id }, data: { lastSeenAt: now } });
  let nationalRegisterNumber: string | undefined;
  if (row.nationalRegisterEnc) {
    try {
      nationalRegisterNumber = decryptSecret(row.nationalRegisterEnc);
    } catch {
      // sealed with a SECRET_KEY since replaced: the citizen simply types it
    }
  }
  return {
    sessionId: row.id,
    subject: row.subject,
    name: row.name ?? undefined,
    email: row.email ?? undefined,
    emailVerified: row.emailVerified,
    phone: row.phone ?? undefined,
    nationalRegisterNumber,
    csrfToken: row.csrfToken,
  };
}

export async function endCitizenSession(token: string): Promise<void> {
  if (!/^[A-Za-z0-9_-]{40,100}$/.test(token)) return;
  await db().citizenSession.deleteMany({ where: { tokenHash: sha256Hex(token) } });
}

/** The sweeper: every expired login goes, so no name, address or national-register number outstays it. */
export async function sweepCitizenSessions(now = new Date()): Promise<number> {
  const idleSince = new Date(now.getTime() - hours(config().CITIZEN_SESSION_IDLE_HOURS));
  const { count } = await db().citizenSession.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] },
  });
  return count;
}
