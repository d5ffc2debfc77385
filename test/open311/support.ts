import type { Response } from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import { db } from '../../src/db';
import type { Prisma } from '../../src/generated/prisma/client';

/** Parses an Open311 XML answer: every value as text, the spec's lists always as arrays. */
const LISTS = new Set([
  'services.service',
  'service_definition.attributes.attribute',
  'service_definition.attributes.attribute.values.value',
  'service_requests.request',
  'errors.error',
  'discovery.endpoints.endpoint',
  'discovery.endpoints.endpoint.formats.format',
]);
const parser = new XMLParser({
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: false,
  isArray: (_name, jpath) => LISTS.has(String(jpath)),
});

export function parseXml(res: Response): Record<string, unknown> {
  expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
  expect(res.text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const doc = parser.parse(res.text) as Record<string, unknown>;
  const { '?xml': _declaration, ...root } = doc;
  expect(Object.keys(root)).toHaveLength(1);
  return root;
}

export function expectJson(res: Response): unknown {
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  return res.body;
}

/** The spec's error body, in JSON. */
export function expectErrors(res: Response, status: number, match?: RegExp): { code: number; description: string }[] {
  expect(res.status).toBe(status);
  const body = expectJson(res) as { code: number; description: string }[];
  expect(Array.isArray(body)).toBe(true);
  expect(body.length).toBeGreaterThan(0);
  for (const e of body) {
    expect(Object.keys(e).sort()).toEqual(['code', 'description']);
    expect(e.code).toBe(status);
    expect(typeof e.description).toBe('string');
  }
  if (match) expect(body.map((e) => e.description).join(' | ')).toMatch(match);
  return body;
}

/** The same in XML: <errors><error><code/><description/></error></errors>. */
export function expectXmlErrors(res: Response, status: number, match?: RegExp) {
  expect(res.status).toBe(status);
  const doc = parseXml(res) as { errors: { error: { code: string; description: string }[] } };
  expect(doc.errors.error.length).toBeGreaterThan(0);
  for (const e of doc.errors.error) expect(e.code).toBe(String(status));
  if (match) expect(doc.errors.error.map((e) => e.description).join(' | ')).toMatch(match);
  return doc.errors.error;
}

export const STREET_LIGHT_ATTRIBUTES = [
  {
    variable: true,
    code: 'paalnummer',
    datatype: 'string',
    required: true,
    datatype_description: 'Het nummer op de paal (bv. 12-345)',
    order: 1,
    description: 'Paalnummer',
    values: [],
  },
  {
    variable: true,
    code: 'soort_defect',
    datatype: 'singlevaluelist',
    required: false,
    order: 2,
    description: 'Wat is er mis?',
    values: [
      { key: 'uit', name: 'Brandt niet' },
      { key: 'knippert', name: 'Knippert' },
      { key: 'overdag', name: 'Brandt overdag' },
    ],
  },
];

// stored out of order, with orders that are not 1, 2, 3 and one malformed definition: shown sorted and renumbered, the bad one left out
export const LITTER_ATTRIBUTES = [
  {
    variable: false,
    code: 'uitleg',
    datatype: 'string',
    required: true,
    order: 9,
    description: 'Sluikstorten kost tot 350 euro boete.',
  },
  {
    variable: true,
    code: 'soort_afval',
    datatype: 'multivaluelist',
    required: false,
    datatype_description: null,
    order: 0,
    description: 'Wat ligt er?',
    values: [
      { key: 'huisvuil', name: 'Huisvuil' },
      { key: 'grofvuil', name: 'Grofvuil' },
    ],
  },
  { code: 'foto', datatype: 'image', description: 'Geen geldig datatype' },
  {
    variable: true,
    code: 'aantal_zakken',
    datatype: 'number',
    required: false,
    order: 5,
    description: 'Hoeveel zakken?',
  },
];

/** The categories every Open311 test file works with: services, and categories that must never show. */
export async function makeServices() {
  const works = await db().department.create({ data: { name: 'Openbare Werken' } });
  const social = await db().department.create({ data: { name: 'Sociale Dienst' } });
  const make = (data: Omit<Prisma.CategoryUncheckedCreateInput, 'nameEn'> & { nameEn?: string }) =>
    db().category.create({ data: { nameEn: `${data.nameNl} (en)`, departmentId: works.id, ...data } });
  return {
    works,
    social,
    light: await make({
      code: 'straatverlichting',
      nameNl: 'Defecte straatverlichting',
      nameEn: 'Broken street light',
      description: 'Een straatlamp die niet brandt.',
      reportable: true,
      mapVisibility: 'exact',
      groupName: 'Openbare ruimte',
      keywords: ['straatlamp', 'verlichting'],
      attributes: STREET_LIGHT_ATTRIBUTES,
    }),
    pothole: await make({
      code: 'wegdek',
      nameNl: 'Put in de weg',
      nameEn: 'Pothole',
      reportable: true,
      mapVisibility: 'approximate',
      groupName: 'Openbare ruimte',
      keywords: ['put'],
    }),
    litter: await make({
      code: 'sluikstort',
      nameNl: 'Sluikstort',
      nameEn: 'Illegal dumping',
      reportable: true,
      mapVisibility: 'approximate',
      groupName: 'Netheid',
      attributes: LITTER_ATTRIBUTES,
    }),
    hidden: await make({ code: 'overlast', nameNl: 'Overlast', reportable: true, mapVisibility: 'hidden' }),
    socialHelp: await make({
      code: 'sociale-hulp',
      nameNl: 'Sociale hulp',
      departmentId: social.id,
      reportable: false,
      mapVisibility: 'hidden',
    }),
    notReportable: await make({ code: 'algemene-vraag', nameNl: 'Algemene vraag' }),
    inactive: await make({ code: 'oud-wegdek', nameNl: 'Oud wegdek', reportable: true, active: false }),
    internal: await make({ code: 'intern', nameNl: 'Intern', reportable: true, public: false }),
  };
}
