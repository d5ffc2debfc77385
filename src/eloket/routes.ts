import { z } from 'zod';
import { nameOrCodeSearch } from '../shared/crud';
import { citizenSubjectOf } from '../citizens/current';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { rateLimit } from '../http/rateLimit';
import { ticketBody, uploadedFiles } from '../http/upload';
import { config } from '../config';
import { ValidationError } from '../shared/errors';
import type { DocumentType } from '../generated/prisma/client';
import { activeTypes, documentTypes, publicType } from './catalogue';
import { checkDepartment } from '../departments/service';
import { DocumentFields } from './fields';
import { DELIVERIES, DocumentRequestBody } from './schema';
import { submitDocumentRequest } from './request';
import { attachDocument, deliverDocument, documentRequestFor } from './delivery';

const SUBMISSION_KEY = /^[A-Za-z0-9_-]{8,100}$/;

const present = (t: DocumentType) => ({
  id: t.id,
  code: t.code,
  nameNl: t.nameNl,
  nameEn: t.nameEn,
  descriptionNl: t.descriptionNl,
  descriptionEn: t.descriptionEn,
  fields: t.fields,
  proofNl: t.proofNl,
  proofEn: t.proofEn,
  proofRequired: t.proofRequired,
  feeNote: t.feeNote,
  departmentId: t.departmentId,
  targetMinutes: t.targetMinutes,
  deliveryOptions: t.deliveryOptions,
  active: t.active,
  createdAt: t.createdAt,
});

const TypeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'Use lowercase letters, digits and dashes (e.g. attest-van-woonst).'),
  nameNl: z.string().trim().min(2).max(150),
  nameEn: z.string().trim().min(2).max(150),
  descriptionNl: z.string().trim().max(2000).nullable().optional(),
  descriptionEn: z.string().trim().max(2000).nullable().optional(),
  fields: DocumentFields.optional(),
  proofNl: z.string().trim().max(500).nullable().optional(),
  proofEn: z.string().trim().max(500).nullable().optional(),
  proofRequired: z.boolean().optional(),
  feeNote: z.string().trim().max(300).nullable().optional(),
  departmentId: z.uuid().nullable().optional(),
  /** target handling time in business minutes */
  targetMinutes: z.number().int().min(1).max(525600).nullable().optional(),
  deliveryOptions: z.array(z.enum(DELIVERIES)).min(1, 'Offer at least one way of delivery.').optional(),
  active: z.boolean().optional(),
});

const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  active: z.boolean().optional(),
});

const StaffRequestBody = z.intersection(
  DocumentRequestBody,
  z.object({ channel: z.enum(['counter', 'phone'], { error: 'Choose counter or phone.' }) }),
);

const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
const forms = rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE);
const STAFF = ['admin', 'agent', 'staff'] as const;

export const eloketRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/public/document-types',
    tag: 'e-loket',
    summary:
      'The documents citizens can request online: code, name, the fields to answer (key, type, label, required, options, and "when" another field has a value), proof, fee and delivery options.',
    access: 'public',
    before: [reads],
    query: z.object({ language: z.enum(['nl', 'en']).default('nl') }),
    handler: async (_req, _res, { query }) => (await activeTypes()).map((t) => publicType(t, query.language)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/public/document-requests',
    tag: 'e-loket',
    summary:
      'Request a document: {documentType: code, answers: {field: value}, delivery: email|post|pickup, postalAddress (post), name, email, phone, language, submissionKey}, as JSON or multipart/form-data with the proof in "attachments". 201 {reference, trackingUrl}; a missing or invalid answer is a 400 naming the field (answers.<key>); a proof that is no PDF or photo is a 415 naming "proof". The same submissionKey (or Idempotency-Key header) again answers 200 with the same reference.',
    access: 'public',
    bodyType: 'multipart',
    before: [forms, ticketBody()],
    body: DocumentRequestBody,
    handler: async (req, res, { body }) => {
      const key = req.get('idempotency-key')?.trim() || undefined;
      if (key && !SUBMISSION_KEY.test(key))
        throw new ValidationError('Invalid Idempotency-Key header: use 8 to 100 letters, digits, - or _.', {
          'Idempotency-Key': 'Invalid format.',
        });
      const result = await submitDocumentRequest(body, uploadedFiles(req.files), {
        channel: 'web',
        submissionKey: key,
        citizenSubject: await citizenSubjectOf(req),
      });
      res.status(result.created ? 201 : 200).json({ reference: result.reference, trackingUrl: result.trackingUrl });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/document-requests',
    tag: 'e-loket',
    summary:
      'Record a document request taken at the counter or on the phone (channel counter|phone; the same fields as the public request). It counts as that channel in the reports.',
    access: ['admin', 'agent'],
    audit: { action: 'create', entity: 'ticket' },
    bodyType: 'multipart',
    before: [ticketBody()],
    body: StaffRequestBody,
    handler: async (req, res, { body }) => {
      const result = await submitDocumentRequest(body, uploadedFiles(req.files), {
        channel: body.channel,
        recordedBy: req.user!.id,
      });
      res.status(201).json(result);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/tickets/:id/document-request',
    tag: 'e-loket',
    summary:
      "A document request ticket's request: the type, the answers with their labels (national-register numbers unsealed for users who may see the ticket), delivery, the prepared document and its download link's expiry.",
    access: STAFF,
    audit: { action: 'view', entity: 'ticket' },
    params: IdParam,
    handler: async (req, _res, { params }) => documentRequestFor(req.user!, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/document-request/document',
    tag: 'e-loket',
    summary: 'Attach the prepared document (one PDF in "attachments", multipart/form-data).',
    access: STAFF,
    audit: { action: 'change', entity: 'ticket' },
    bodyType: 'multipart',
    params: IdParam,
    before: [ticketBody()],
    handler: async (req, _res, { params }) => attachDocument(req.user!, params.id, uploadedFiles(req.files)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/document-request/deliver',
    tag: 'e-loket',
    summary:
      'Deliver the document: email (a download link on the tracking page, expiring after DOCUMENT_LINK_DAYS), post (to the confirmed postalAddress) or pickup (the citizen is offered an "afhalen" time). Names the ticket version; the status change tells the citizen.',
    access: STAFF,
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: z.object({
      method: z.enum(DELIVERIES, { error: 'Choose email, post or pickup.' }),
      postalAddress: z.string().trim().max(300).optional(),
      version: z.number({ error: 'Send the version of the ticket you saw.' }).int(),
    }),
    handler: async (req, _res, { params, body }) => deliverDocument(req.user!, params.id, body),
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/document-types',
    tag: 'e-loket',
    summary: "List the e-loket's document types.",
    access: 'user',
    query: listQuery(Filter, ['nameNl', 'nameEn', 'code', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = {
        id: inOrEq(f.id),
        active: f.active,
        ...nameOrCodeSearch(f.q),
      };
      await sendList(
        res,
        'document-types',
        query.range,
        (page) => documentTypes.list(where, [orderOf(query.sort, ['nameNl', 'asc']), { id: 'asc' }], page),
        () => documentTypes.count(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/document-types/:id',
    tag: 'e-loket',
    summary: 'One document type.',
    access: 'user',
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await documentTypes.find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/document-types',
    tag: 'e-loket',
    summary: 'Add a document to the e-loket.',
    access: ['admin'],
    body: TypeBody,
    handler: async (_req, _res, { body }) => {
      await checkDepartment(body.departmentId);
      return present(await documentTypes.create(body));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/document-types/:id',
    tag: 'e-loket',
    summary: 'Change a document type.',
    access: ['admin'],
    params: IdParam,
    body: TypeBody.partial(),
    handler: async (_req, _res, { params, body }) => {
      await checkDepartment(body.departmentId);
      return present(await documentTypes.update(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/document-types/:id',
    tag: 'e-loket',
    summary: 'Take a document off the e-loket (its requests keep it).',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await documentTypes.update(params.id, { active: false })),
  }),
];
