import { defineRoute } from '../http/route';
import { IdParam } from '../http/list';
import { SESSION_COOKIE } from './middleware';
import { endOtherSessions, endSession, sessionsOf } from './service';

/** Every user sees where they are logged in and can end any of those sessions. */
export const sessionRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/auth/sessions',
    tag: 'auth',
    summary: 'Your sessions: where and since when you are logged in.',
    access: 'user',
    handler: async (req) => {
      const rows = await sessionsOf(req.user!.id);
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
      await endSession(req.user!.id, params.id);
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
      res.status(200).json({ ended: await endOtherSessions(req.user!.id, req.user!.sessionId) });
    },
  }),
];
