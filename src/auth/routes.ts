import { z } from 'zod';
import { defineRoute } from '../http/route';
import { login, logout, setAvailability, setLanguage } from './service';
import { presentIdentity } from './principal';
import { SESSION_COOKIE } from './middleware';
import { config } from '../config';
import { UnauthorizedError } from '../shared/errors';
import { rateLimit } from '../http/rateLimit';

const LoginBody = z.object({
  email: z.string().trim().min(1, 'Enter your email address.'),
  password: z.string().min(1, 'Enter your password.'),
});

export const authRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    summary:
      'Log in with email and password; sets the httpOnly session cookie and returns the identity with its CSRF token.',
    access: 'public',
    before: [rateLimit('login', () => config().RATE_LIMIT_LOGIN_PER_MINUTE)],
    body: LoginBody,
    handler: async (req, res, { body }) => {
      const result = await login(body.email, body.password, { ip: req.ip, userAgent: req.get('user-agent') });
      res.cookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config().cookieSecure,
        path: '/',
        expires: result.expiresAt,
      });
      res.status(200).json(presentIdentity(result.principal));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'End the current session.',
    access: 'user',
    beforeSecondFactor: true,
    handler: async (req, res) => {
      await logout(req.user!.sessionId);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/availability',
    tag: 'auth',
    summary: 'Mark yourself available (or not) for automatically assigned tickets.',
    access: 'user',
    body: z.object({ available: z.boolean() }),
    handler: async (req, res, { body }) => {
      await setAvailability(req.user!.id, body.available);
      res.status(200).json(presentIdentity({ ...req.user!, available: body.available }));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/language',
    tag: 'auth',
    summary: "Choose the console's language (nl or en) for yourself; it follows you to every browser you sign in from.",
    access: 'user',
    body: z.object({ language: z.enum(['nl', 'en'], 'Choose nl or en.') }),
    handler: async (req, res, { body }) => {
      await setLanguage(req.user!.id, body.language);
      res.status(200).json(presentIdentity({ ...req.user!, language: body.language }));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/auth/me',
    tag: 'auth',
    summary: 'The current user: identity, role, departments and the CSRF token to send in X-CSRF-Token.',
    access: 'public',
    handler: (req) => {
      if (!req.user) throw new UnauthorizedError('Not logged in.');
      return presentIdentity(req.user);
    },
  }),
];
