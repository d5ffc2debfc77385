import { defineRoute } from '../http/route';
import { IdParam } from '../http/list';
import { resetSecondFactor } from '../auth/resetSecondFactor';

/** An administrator whose phone is lost asks a colleague: the colleague resets it, and it is set up anew. */
export const secondFactorRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/admin/users/:id/second-factor/reset',
    tag: 'users',
    summary:
      "Reset another user's second factor (lost phone): their authenticator app and recovery codes are cleared and their sessions end; they set it up again at their next login. Audited. Not for your own account.",
    access: ['admin'],
    params: IdParam,
    handler: async (req, _res, { params }) => {
      await resetSecondFactor(req.user!, params.id, req.ip);
    },
  }),
];
