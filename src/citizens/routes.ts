import { defineRoute } from '../http/route';
import { rateLimit } from '../http/rateLimit';
import { config } from '../config';
import { UnauthorizedError } from '../shared/errors';
import { currentCitizen } from './current';

export const citizenRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/public/me',
    tag: 'public',
    summary:
      'The logged-in citizen (OpenID Connect, cookie vd_burger), to fill in a form for them: name, e-mail, phone and ' +
      'national-register number when the provider gave them; 401 when nobody is logged in or login is not set up.',
    access: 'public',
    before: [rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE)],
    handler: async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      const c = await currentCitizen(req);
      if (!c) throw new UnauthorizedError('Nobody is logged in: log in at /aanmelden first.');
      return {
        name: c.name ?? null,
        email: c.email ?? null,
        emailVerified: c.emailVerified,
        ...(c.phone ? { phone: c.phone } : {}),
        ...(c.nationalRegisterNumber ? { nationalRegisterNumber: c.nationalRegisterNumber } : {}),
      };
    },
  }),
];
