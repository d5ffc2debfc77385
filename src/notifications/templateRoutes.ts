import { z } from 'zod';
import { defineRoute } from '../http/route';
import { NotFoundError } from '../shared/errors';
import { assertKnownPlaceholders } from './placeholders';
import { sendPage } from '../http/list';
import type { Language } from '../generated/prisma/enums';
import {
  DEFAULT_TEMPLATES,
  renderStatusEmail,
  renderStatusSms,
  SAMPLE_VARIABLES,
  STATUS_TEMPLATE_KEYS,
  TEMPLATE_VARIABLES,
  type StatusTemplateKey,
} from './statusTemplates';
import { Version } from '../shared/versions';
import { resetStatusTemplate, saveStatusTemplate, statusTemplate as present } from './templateAdmin';

const LANGUAGES: Language[] = ['nl', 'en'];
const TemplateId = z.object({
  id: z
    .string()
    .regex(
      new RegExp(`^(${STATUS_TEMPLATE_KEYS.join('|')})\\.(nl|en)$`),
      `An id is a template key and a language, e.g. status_resolved.nl (keys: ${STATUS_TEMPLATE_KEYS.join(', ')}).`,
    ),
});
const Text = z.object({
  subject: z.string().trim().min(3, 'Write a subject.').max(200),
  body: z.string().trim().min(10, 'Write the message.').max(5000),
});

const checkPlaceholders = (text: { subject: string; body: string }) =>
  assertKnownPlaceholders(text, TEMPLATE_VARIABLES);

const split = (id: string) => id.split('.') as [StatusTemplateKey, Language];

const preview = (language: Language, text: { subject: string; body: string }) => {
  const links = {
    trackingUrl: 'https://voordeur.example/volg/…',
    unsubscribeUrl: 'https://voordeur.example/volg/…/afmelden',
  };
  const email = renderStatusEmail(language, text, SAMPLE_VARIABLES[language], links);
  return {
    subject: email.subject,
    text: email.text,
    html: email.html,
    sms: renderStatusSms(language, text, SAMPLE_VARIABLES[language], links).text,
  };
};

export const templateRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/notification-templates',
    tag: 'notifications',
    summary: 'The status updates citizens get, in Dutch and English: the wording in use (custom or built in).',
    access: ['admin'],
    handler: async (_req, res) => {
      const rows = [];
      for (const key of STATUS_TEMPLATE_KEYS) for (const language of LANGUAGES) rows.push(await present(key, language));
      sendPage(res, 'notification-templates', rows, 0, rows.length);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/notification-templates/:id',
    tag: 'notifications',
    summary: 'One template (id: key.language, e.g. status_resolved.nl).',
    access: ['admin'],
    params: TemplateId,
    handler: async (_req, _res, { params }) => present(...split(params.id)),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/notification-templates/:id',
    tag: 'notifications',
    summary:
      'Change the wording; placeholders such as {{reference}} are filled in for each citizen. Send the version you read (0 for the built-in wording), else 409.',
    access: ['admin'],
    params: TemplateId,
    body: Text.extend({ version: Version }),
    responses: { 409: 'Changed by someone else since the given version; nothing was changed.' },
    handler: async (req, _res, { params, body: { version, ...text } }) => {
      checkPlaceholders(text);
      const [key, language] = split(params.id);
      return saveStatusTemplate(key, language, text, version, req.user!.id);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/notification-templates/:id',
    tag: 'notifications',
    summary: 'Go back to the built-in wording.',
    access: ['admin'],
    params: TemplateId,
    handler: async (_req, _res, { params }) => {
      const [key, language] = split(params.id);
      return resetStatusTemplate(key, language);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/notification-templates/:id/preview',
    tag: 'notifications',
    summary: 'How a wording looks to a citizen (email and SMS), filled in with sample values; nothing is saved.',
    access: ['admin'],
    params: TemplateId,
    body: Text,
    handler: async (_req, res, { params, body }) => {
      checkPlaceholders(body);
      const [key, language] = split(params.id);
      if (!DEFAULT_TEMPLATES[key]) throw new NotFoundError('No such template.');
      res.status(200).json(preview(language, body));
    },
  }),
];
