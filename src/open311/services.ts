import { z } from 'zod';
import type { Category, Prisma } from '../generated/prisma/client';
import { logger } from '../logger';
import { db } from '../db';
import { parseW3cDateTime, type Locale } from './params';

/** An Open311 service is a category citizens may report a problem in public space under. */
export const SERVICE_WHERE = { active: true, public: true, reportable: true } satisfies Prisma.CategoryWhereInput;

/** The services on offer, grouped as apps show them. */
export const openServices = () =>
  db().category.findMany({
    where: SERVICE_WHERE,
    orderBy: [{ groupName: { sort: 'asc', nulls: 'last' } }, { nameNl: 'asc' }],
  });

/** One service by its code, or null. */
export const openService = (code: string) => db().category.findFirst({ where: { ...SERVICE_WHERE, code } });

/** When the list of services last changed (the discovery document's changeset); null when there are none. */
export const servicesChangedAt = async (): Promise<Date | null> =>
  (await db().category.findFirst({ where: SERVICE_WHERE, orderBy: { updatedAt: 'desc' }, select: { updatedAt: true } }))
    ?.updatedAt ?? null;

export const DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type Datatype = (typeof DATATYPES)[number];

const AttributeDefinitionSchema = z.object({
  variable: z.boolean().default(true),
  code: z.string().trim().min(1).max(100),
  datatype: z.enum(DATATYPES),
  required: z.boolean().default(false),
  datatype_description: z.string().nullable().default(null),
  order: z.number().int().optional(),
  description: z.string().default(''),
  values: z.array(z.object({ key: z.union([z.string().min(1), z.number()]), name: z.string() })).default([]),
});

export type AttributeDefinition = Omit<z.infer<typeof AttributeDefinitionSchema>, 'order'> & { order: number };

/**
 * The category's attribute definitions as the spec shows them, in their order. A definition an
 * administrator stored wrongly is left out (and logged) rather than breaking the whole service.
 */
export function attributeDefinitions(category: Pick<Category, 'code' | 'attributes'>): AttributeDefinition[] {
  const stored = Array.isArray(category.attributes) ? category.attributes : [];
  const valid: z.infer<typeof AttributeDefinitionSchema>[] = [];
  for (const item of stored) {
    const parsed = AttributeDefinitionSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else
      logger.warn(
        { category: category.code, attribute: item },
        'open311: an attribute definition is invalid and is left out',
      );
  }
  // shown 1, 2, 3… in the stored order: the spec wants positive orders no two attributes share
  const sorted = valid
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.order ?? Infinity) - (b.d.order ?? Infinity) || a.i - b.i);
  return sorted.map(({ d }, i) => ({ ...d, order: i + 1 }));
}

export function serviceName(category: Pick<Category, 'nameNl' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' ? category.nameEn : category.nameNl;
}

/** One entry of GET services. */
export function serviceEntry(category: Category, locale: Locale) {
  return {
    service_code: category.code,
    service_name: serviceName(category, locale),
    description: category.description ?? '',
    metadata: attributeDefinitions(category).length > 0,
    type: 'realtime',
    keywords: category.keywords.join(', '),
    group: category.groupName ?? '',
  };
}

/** GET services/{service_code}. */
export function serviceDefinition(category: Category) {
  return {
    service_code: category.code,
    attributes: attributeDefinitions(category).map((a) => ({
      variable: a.variable,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatype_description,
      order: a.order,
      description: a.description,
      values: a.values.map((v) => ({ key: v.key, name: v.name })),
    })),
  };
}

export type AttributeAnswer = string | number | string[];

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_STRING = 500;
const MAX_TEXT = 4000;

function validDate(raw: string): boolean {
  const m = DATE_ONLY.exec(raw);
  if (!m) return parseW3cDateTime(raw) !== undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Checks the attribute[code]=value answers against the service definition and returns what is
 * stored on the ticket (by code), or the problems found. Only variable attributes take answers;
 * answers for codes the definition does not have are ignored.
 */
export function checkAnswers(
  definitions: AttributeDefinition[],
  given: Map<string, string[]>,
): { answers: Record<string, AttributeAnswer>; errors: string[] } {
  const answers: Record<string, AttributeAnswer> = {};
  const errors: string[] = [];
  for (const def of definitions) {
    if (!def.variable) continue;
    const values = (given.get(def.code) ?? []).map((v) => v.trim()).filter((v) => v !== '');
    const name = `attribute[${def.code}]`;
    if (values.length === 0) {
      if (def.required) errors.push(`${name} is required (${def.description || def.code}).`);
      continue;
    }
    if (def.datatype !== 'multivaluelist' && values.length > 1) {
      errors.push(`${name} takes one value.`);
      continue;
    }
    const [value] = values;
    const keys = def.values.map((v) => String(v.key));
    switch (def.datatype) {
      case 'string':
        if (/[\r\n]/.test(value)) errors.push(`${name} is a single line: it may not contain line breaks.`);
        else if (value.length > MAX_STRING) errors.push(`${name} is limited to ${MAX_STRING} characters.`);
        else answers[def.code] = value;
        break;
      case 'text':
        if (value.length > MAX_TEXT) errors.push(`${name} is limited to ${MAX_TEXT} characters.`);
        else answers[def.code] = value;
        break;
      case 'number':
        if (!NUMBER.test(value) || !Number.isFinite(Number(value))) errors.push(`${name} must be a number.`);
        else answers[def.code] = Number(value);
        break;
      case 'datetime':
        if (!validDate(value))
          errors.push(
            `${name} must be a date (2026-01-31) or a date and time with time zone (2026-01-31T14:30:00+01:00).`,
          );
        else answers[def.code] = value;
        break;
      case 'singlevaluelist':
        if (!keys.includes(value)) errors.push(`${name} must be one of: ${keys.join(', ')}.`);
        else answers[def.code] = value;
        break;
      case 'multivaluelist': {
        const wrong = values.filter((v) => !keys.includes(v));
        if (wrong.length) errors.push(`${name} values must each be one of: ${keys.join(', ')}.`);
        else answers[def.code] = [...new Set(values)];
        break;
      }
    }
  }
  return { answers, errors };
}
