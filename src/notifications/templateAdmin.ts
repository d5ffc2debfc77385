import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { Language } from '../generated/prisma/enums';
import { staleVersion } from '../shared/versions';
import { TEMPLATE_VARIABLES, templateText, type StatusTemplateKey } from './statusTemplates';

/**
 * The console's editing of the status-update wording. The built-in wording has no row: its version is 0, and
 * saving it creates the row.
 */
export async function statusTemplate(key: StatusTemplateKey, language: Language) {
  const t = await templateText(key, language);
  const row = await db().notificationTemplate.findUnique({
    where: { key_language: { key, language } },
    select: { version: true },
  });
  return {
    id: `${key}.${language}`,
    key,
    language,
    subject: t.subject,
    body: t.body,
    custom: t.custom,
    variables: TEMPLATE_VARIABLES,
    version: row?.version ?? 0,
  };
}

/** Saves the wording made against `version` in one statement; false when someone else saved (or reset) it since. */
async function saveIfVersion(
  key: StatusTemplateKey,
  language: Language,
  text: { subject: string; body: string },
  version: number,
  userId: string,
): Promise<boolean> {
  if (version > 0) {
    const { count } = await db().notificationTemplate.updateMany({
      where: { key, language, version },
      data: { ...text, updatedByUserId: userId },
    });
    return count === 1;
  }
  try {
    await db().notificationTemplate.create({ data: { key, language, ...text, updatedByUserId: userId } });
    return true;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return false;
    throw err;
  }
}

async function staleTemplate(key: StatusTemplateKey, language: Language) {
  const row = await db().notificationTemplate.findUnique({
    where: { key_language: { key, language } },
    include: { updatedBy: { select: { name: true } } },
  });
  return staleVersion(
    'dit berichtsjabloon',
    row ? { name: row.updatedBy?.name ?? null, at: row.updatedAt, changes: [] } : null,
    await statusTemplate(key, language),
  );
}

/** Saves the wording made against `version` (0: the built-in one); someone else's save since is a 409. */
export async function saveStatusTemplate(
  key: StatusTemplateKey,
  language: Language,
  text: { subject: string; body: string },
  version: number,
  userId: string,
) {
  if (!(await saveIfVersion(key, language, text, version, userId))) throw await staleTemplate(key, language);
  return statusTemplate(key, language);
}

/** Goes back to the built-in wording. */
export async function resetStatusTemplate(key: StatusTemplateKey, language: Language) {
  await db().notificationTemplate.deleteMany({ where: { key, language } });
  return statusTemplate(key, language);
}
