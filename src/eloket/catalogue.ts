import { db } from '../db';
import type { DocumentType } from '../generated/prisma/client';
import { crudStore } from '../shared/crud';
import { ValidationError } from '../shared/errors';
import { DocumentFields, type DocumentField, type Lang } from './fields';

/** The catalogue of documents: plain administration, the one place the table is read and written. */
export const documentTypes = crudStore((d) => d.documentType, 'No such document type.');

export function fieldsOf(type: Pick<DocumentType, 'fields'>): DocumentField[] {
  // written only through DocumentFields; a row edited by hand into something else asks nothing rather than failing
  const parsed = DocumentFields.safeParse(type.fields);
  return parsed.success ? parsed.data : [];
}

/** An active type by its code (websites and the API name it so). */
export async function activeTypeByCode(code: string): Promise<DocumentType> {
  const type = await db().documentType.findFirst({ where: { code, active: true } });
  if (!type)
    throw new ValidationError('Unknown document type.', {
      documentType: 'Choose one of the codes listed at /api/public/document-types.',
    });
  return type;
}

export async function activeTypes(): Promise<DocumentType[]> {
  return db().documentType.findMany({ where: { active: true }, orderBy: { nameNl: 'asc' } });
}

export async function activeTypeForPage(code: string): Promise<DocumentType | undefined> {
  return (await db().documentType.findFirst({ where: { code, active: true } })) ?? undefined;
}

/** What a citizen (or a website) sees of a type, in one language. */
export function publicType(t: DocumentType, lang: Lang) {
  const en = lang === 'en';
  return {
    code: t.code,
    name: en ? t.nameEn : t.nameNl,
    description: (en ? t.descriptionEn : t.descriptionNl) ?? null,
    fields: fieldsOf(t).map((f) => ({
      key: f.key,
      type: f.type,
      label: en ? f.labelEn : f.labelNl,
      required: f.required,
      ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: en ? o.labelEn : o.labelNl })) } : {}),
      ...(f.when ? { when: f.when } : {}),
    })),
    proof: t.proofNl ? { description: (en ? t.proofEn : t.proofNl) ?? t.proofNl, required: t.proofRequired } : null,
    feeNote: t.feeNote,
    deliveryOptions: t.deliveryOptions,
  };
}
