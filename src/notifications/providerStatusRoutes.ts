import { defineRoute } from '../http/route';
import { twilioSettings } from '../channels/twilio/client';
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
      return {
        providers: states
          .filter((s) => s.provider !== 'twilio' || twilioSettings())
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
