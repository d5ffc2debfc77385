import { z } from 'zod';
import { defineRoute } from '../http/route';
import { rateLimit } from '../http/rateLimit';
import { ticketFor, visibleTicketIds } from '../tickets/access';
import { attachConsole, liveReady } from './stream';
import { currentPresence, signalPresence, startSweeping } from './presence';

const STAFF = ['admin', 'agent', 'staff'] as const;

// A console sends a heartbeat every 10 s per open ticket and a typing signal at most every 3 s: 120 a minute per
// user leaves room for a few tabs and stops a runaway script.
const presenceLimit = rateLimit(
  'presence',
  () => 120,
  (req) => req.user?.id ?? req.ip ?? 'unknown',
);

export const liveRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/events',
    tag: 'live',
    summary:
      "The console's live stream (Server-Sent Events; one per console tab): `ticket` events (created, updated, assigned, message: ids and a short summary) and `presence` (who views or types on which ticket), only for tickets the user may see. `hello` first, or `resync` when the browser reconnects (Last-Event-ID): refetch what you show. Changes nothing.",
    access: STAFF,
    handler: async (req, res) => {
      await liveReady();
      startSweeping();
      const user = req.user!;
      // presence on tickets the user may not see stays out, as every later event does
      const present = await currentPresence();
      const visible = await visibleTicketIds(
        user,
        present.map((p) => p.ticketId),
      );
      const snapshot = present.filter((p) => visible.has(p.ticketId)).map((data) => ({ event: 'presence', data }));
      attachConsole(res, user, { resumed: req.get('last-event-id') !== undefined, snapshot });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/presence',
    tag: 'live',
    summary:
      'The console says the user is viewing a ticket (send again every 10 s; it lapses after 30 s without), typing a reply on it (lapses after 8 s), or left it. Everyone who may see the ticket gets the change on their live stream.',
    access: STAFF,
    before: [presenceLimit],
    body: z.strictObject({ ticketId: z.uuid(), state: z.enum(['viewing', 'typing', 'left']) }),
    handler: async (req, res, { body }) => {
      // a ticket outside the user's departments is "not found", as everywhere
      await ticketFor(req.user!, body.ticketId);
      await signalPresence(req.user!.id, body.ticketId, body.state);
      res.status(204).end();
    },
  }),
];
