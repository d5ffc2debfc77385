import { defineRoute } from '../http/route';
import { IdParam } from '../http/list';
import { db } from '../db';
import { NotFoundError } from '../shared/errors';
import { SESSION_COOKIE } from './middleware';

/** Every user sees where they are logged in and can end any of those sessions. */
export const sessionRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/auth/sessions',
    tag: 'auth',
    summary: 'Your sessions: where and since when you are logged in.',
    access: 'user',
    handler: async (req) => {
      const rows = await db().session.findMany({
        where: { userId: req.user!.id, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'desc' },
      });
      return rows.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        ip: s.ip,
        userAgent: s.userAgent,
        current: s.id === req.user!.sessionId,
      }));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/auth/sessions/:id',
    tag: 'auth',
    summary: 'End one of your sessions (ending the current one logs you out).',
    access: 'user',
    params: IdParam,
    handler: async (req, res, { params }) => {
      const { count } = await db().session.deleteMany({ where: { id: params.id, userId: req.user!.id } });
      if (count === 0) throw new NotFoundError('No such session of yours.');
      if (params.id === req.user!.sessionId) res.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/sessions/end-others',
    tag: 'auth',
    summary: 'End all your sessions except this one.',
    access: 'user',
    handler: async (req, res) => {
      const { count } = await db().session.deleteMany({
        where: { userId: req.user!.id, NOT: { id: req.user!.sessionId } },
      });
      res.status(200).json({ ended: count });
    },
  }),
];
