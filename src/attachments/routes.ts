import { defineRoute } from '../http/route';
import { IdParam } from '../http/list';
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
      const disposition = a.contentType.startsWith('image/') ? 'inline' : 'attachment';
      res.setHeader('Content-Type', a.contentType);
      res.setHeader('Content-Length', String(a.size));
      res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(a.filename)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
      res.setHeader('Cache-Control', 'private, max-age=300');
      await new Promise<void>((resolve, reject) => {
        const stream = blobStore().open(a.storageKey);
        stream
          .on('error', reject)
          .pipe(res)
          .on('finish', () => resolve());
      });
    },
  }),
];
