import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { ticketBody, uploadedFiles } from '../../http/upload';
import { PublicTicketBody, SUBMISSION_KEY } from './schema';
import { ValidationError } from '../../shared/errors';
import { rateLimit } from '../../http/rateLimit';
import { config } from '../../config';
import { submitWebForm } from './submit';
import { citizenSubjectOf } from '../../citizens/current';
import { publicCategories } from '../../categories/service';

export const webRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/public/categories',
    tag: 'public',
    summary: 'Contact reasons a citizen can choose on the contact form.',
    access: 'public',
    before: [rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE)],
    query: z.object({ language: z.enum(['nl', 'en']).default('nl') }),
    handler: async (_req, _res, { query }) => {
      const rows = await publicCategories();
      return rows.map((c) => ({
        id: c.id,
        code: c.code,
        name: query.language === 'en' ? c.nameEn : c.nameNl,
        description: c.description,
      }));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/public/tickets',
    tag: 'public',
    summary:
      'Submit the contact form (JSON, or multipart/form-data with up to 5 photos or PDFs in "attachments"). ' +
      'Send a submissionKey (or an Idempotency-Key header): resubmitting it returns the same ticket (200) instead of a new one (201).',
    access: 'public',
    bodyType: 'multipart',
    before: [rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE), ticketBody()],
    body: PublicTicketBody,
    handler: async (req, res, { body }) => {
      const key = req.get('idempotency-key')?.trim() || undefined;
      if (key && !SUBMISSION_KEY.test(key))
        throw new ValidationError('Invalid Idempotency-Key header: use 8 to 100 letters, digits, - or _.', {
          'Idempotency-Key': 'Invalid format.',
        });
      const result = await submitWebForm(body, uploadedFiles(req.files), key, await citizenSubjectOf(req));
      res.status(result.created ? 201 : 200).json(result);
    },
  }),
];
