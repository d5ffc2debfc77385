import { z } from 'zod';
import { defineRoute } from '../http/route';
import { rateLimit } from '../http/rateLimit';
import { config } from '../config';
import { NotFoundError } from '../shared/errors';
import { trackingView } from './view';

export const trackingRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/public/tracking/:token',
    tag: 'public',
    summary:
      "A citizen's case through the token from their link: status, department, what happens next, the public timeline.",
    access: 'public',
    before: [rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE)],
    params: z.object({ token: z.string().min(1).max(200) }),
    query: z.object({ language: z.enum(['nl', 'en']).default('nl') }),
    handler: async (_req, res, { params, query }) => {
      res.setHeader('Cache-Control', 'no-store');
      const view = await trackingView(params.token, query.language);
      if (!view) throw new NotFoundError('No case for this link: use the link from the most recent message.');
      const { ticketId: _id, ...visible } = view;
      return visible;
    },
  }),
];
