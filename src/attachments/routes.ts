import { defineRoute } from '../http/route';
import { IdParam } from '../http/list';
import { sendStream } from '../http/sendStream';
import { blobStore } from './storage';
import { attachmentFor } from './access';

export const attachmentRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/attachments/:id/download',
    tag: 'tickets',
    summary: 'Download an attachment; only for users who may see its ticket.',
    access: ['admin', 'agent', 'staff'],
    audit: { action: 'view', entity: 'attachment' },
    params: IdParam,
    handler: async (req, res, { params }) => {
      const a = await attachmentFor(req.user!, params.id);
      // opened first: a file missing from storage is a clear 410, not a broken download
      const stream = await blobStore().open(a.storageKey);
      const disposition = a.contentType.startsWith('image/') ? 'inline' : 'attachment';
      res.setHeader('Content-Type', a.contentType);
      res.setHeader('Content-Length', String(a.size));
      res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(a.filename)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
      res.setHeader('Cache-Control', 'private, max-age=300');
      await sendStream(res, stream);
    },
  }),
];
