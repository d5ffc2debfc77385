import { defineRoute } from '../http/route';
import { config } from '../config';
import { circuitStates } from './providerCircuit';

export const providerStatusRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/system-status',
    tag: 'notifications',
    summary:
      "Whether the mail server and Twilio (when configured) answer; for one that does not, since when (mail and text messages to citizens wait meanwhile and leave once it answers again). Administrators also see the provider's last error.",
    access: 'user',
    handler: async (req) => {
      const states = await circuitStates();
      // Twilio only where phone and SMS are set up (config validation makes SID and token come together)
      const twilioConfigured = Boolean(config().TWILIO_ACCOUNT_SID);
      return {
        providers: states
          .filter((s) => s.provider !== 'twilio' || twilioConfigured)
          .map((s) => ({
            provider: s.provider,
            reachable: !s.openSince,
            unreachableSince: s.openSince?.toISOString() ?? null,
            ...(req.user!.role === 'admin' ? { lastError: s.lastError ?? null } : {}),
          })),
      };
    },
  }),
];
