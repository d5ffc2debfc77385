import type { RequestHandler } from 'express';
import { principalFromToken } from './service';
import { safeEqual } from '../shared/tokens';
import { ForbiddenError } from '../shared/errors';

export const SESSION_COOKIE = 'vd_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Attaches req.user when the session cookie is valid; routes decide whether they need one. */
export const loadSession: RequestHandler = async (req, _res, next) => {
  try {
    const token = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0 && token.length < 200) req.user = await principalFromToken(token);
    next();
  } catch (err) {
    next(err);
  }
};

/**
 * A logged-in state change must carry the session's CSRF token in X-CSRF-Token: a cross-site form
 * can send the cookie but cannot read the token.
 */
export const csrfGuard: RequestHandler = (req, _res, next) => {
  if (!req.user || SAFE_METHODS.has(req.method) || req.path === '/api/auth/login') return next();
  const header = req.get('x-csrf-token');
  if (!header || !safeEqual(header, req.user.csrfToken)) {
    return next(new ForbiddenError('Missing or wrong X-CSRF-Token header; read the token from GET /api/auth/me.'));
  }
  next();
};
