import { z } from 'zod';
import { defineRoute } from '../http/route';
import { setSignature, signatureOf } from './service';
import { defaultSignature } from '../tickets/replyDraft';

const present = (u: { name: string; signature: string | null }) => ({
  signature: u.signature,
  defaultSignature: defaultSignature(u.name),
});

/** Every user writes their own signature; it goes under the sign-off that the compose box starts with. */
export const signatureRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/profile/signature',
    tag: 'users',
    summary: 'Your signature for answers to citizens (null: your name and the town), and that default.',
    access: 'user',
    handler: async (req) => present(await signatureOf(req.user!.id)),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/profile/signature',
    tag: 'users',
    summary: 'Change your signature; an empty one goes back to your name and the town.',
    access: 'user',
    body: z.object({ signature: z.string().trim().max(500, 'Keep the signature under 500 characters.').nullable() }),
    handler: async (req, _res, { body }) => present(await setSignature(req.user!.id, body.signature)),
  }),
];
