import { z } from 'zod';
import { defineRoute } from '../http/route';
import { presentIdentity } from './principal';
import { enableTotp, startTotpSetup, verifyTotp } from './totp';

const Code = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6 digits your authenticator app shows.'),
});

/** The second factor: administrators must use it, everyone may. */
export const totpRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/auth/totp/setup',
    tag: 'auth',
    summary: 'Start setting up an authenticator app: a new secret and its otpauth:// URL (show it as a QR code).',
    access: 'user',
    beforeSecondFactor: true,
    handler: (req) => startTotpSetup(req.user!),
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/totp/enable',
    tag: 'auth',
    summary:
      'Finish the setup with a code from the app; from then on every login asks for a code. The answer carries ten one-time recovery codes (recoveryCodes), shown this once.',
    access: 'user',
    beforeSecondFactor: true,
    body: Code,
    handler: async (req, res, { body }) => {
      const { recoveryCodes } = await enableTotp(req.user!, body.code);
      res.status(200).json({ ...presentIdentity({ ...req.user!, secondFactor: 'ok' }), recoveryCodes });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/totp/verify',
    tag: 'auth',
    summary: 'The second step of logging in: the current code from the authenticator app.',
    access: 'user',
    beforeSecondFactor: true,
    body: Code,
    handler: async (req, res, { body }) => {
      await verifyTotp(req.user!, body.code);
      res.status(200).json(presentIdentity({ ...req.user!, secondFactor: 'ok' }));
    },
  }),
];
