import type { CookieOptions, Request, Response } from 'express';
import { config } from '../config';
import { citizenForToken, type Citizen } from './sessions';

export const CITIZEN_COOKIE = 'vd_burger';
export const PENDING_COOKIE = 'vd_aanmelden';

export function citizenCookieOptions(maxAgeMs?: number, path = '/'): CookieOptions {
  // Lax: the provider's redirect back is a top-level GET and must carry the login in progress
  return {
    httpOnly: true,
    secure: config().cookieSecure,
    sameSite: 'lax',
    path,
    ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
  };
}

const seen = new WeakMap<Request, Promise<Citizen | undefined>>();

/** The citizen logged in on this request, if any (looked up once per request); nobody when login is not set up. */
export function currentCitizen(req: Request): Promise<Citizen | undefined> {
  if (!config().citizenLogin) return Promise.resolve(undefined);
  let found = seen.get(req);
  if (!found) {
    const token = req.cookies?.[CITIZEN_COOKIE];
    found = typeof token === 'string' && token ? citizenForToken(token) : Promise.resolve(undefined);
    seen.set(req, found);
  }
  return found;
}

/** The OIDC identity to link a new ticket or appointment to, when the citizen is logged in. */
export async function citizenSubjectOf(req: Request): Promise<string | undefined> {
  return (await currentCitizen(req))?.subject;
}

export function forgetCitizenCookie(res: Response): void {
  res.clearCookie(CITIZEN_COOKIE, citizenCookieOptions());
}
