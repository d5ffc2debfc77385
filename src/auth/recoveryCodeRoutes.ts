import { z } from 'zod';
import { defineRoute } from '../http/route';
import { presentIdentity } from './principal';
import { recoveryCodesLeft, regenerateRecoveryCodes, verifyRecoveryCode } from './recoveryCodes';

const Code = z.object({
  code: z
    .string()
    .trim()
    .transform((c) => c.toLowerCase().replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^[a-z0-9]{10}$/, 'A recovery code has 10 letters and digits, like k7mq2-x9fhd.')),
});

/** One-time codes for when the authenticator app is lost or not at hand. */
export const recoveryCodeRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/auth/recovery-codes/verify',
    tag: 'auth',
    summary:
      'The second step of logging in with a recovery code instead of the app: each code works once; the answer says how many are left (recoveryCodesLeft).',
    access: 'user',
    beforeSecondFactor: true,
    body: Code,
    handler: async (req, res, { body }) => {
      const { left } = await verifyRecoveryCode(req.user!, body.code);
      res.status(200).json({ ...presentIdentity({ ...req.user!, secondFactor: 'ok' }), recoveryCodesLeft: left });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/auth/recovery-codes',
    tag: 'auth',
    summary: 'How many of your recovery codes are still unused.',
    access: 'user',
    handler: async (req) => ({ left: await recoveryCodesLeft(req.user!.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/recovery-codes',
    tag: 'auth',
    summary:
      'Make ten new recovery codes (shown this once; the old ones stop working). Only with an authenticator app set up.',
    access: 'user',
    handler: async (req, res) => {
      res.status(201).json(await regenerateRecoveryCodes(req.user!));
    },
  }),
];
