import { db } from '../../../db';
import { config } from '../../../config';
import type { Mailbox, Prisma } from '../../../generated/prisma/client';
import { decryptSecret, encryptSecret } from '../../../shared/secretBox';
import { NotFoundError, ValidationError } from '../../../shared/errors';

export interface MailboxSettings {
  name: string;
  address: string;
  imapHost: string;
  imapPort: number;
  imapTls: boolean;
  imapUser: string;
  imapPassword?: string;
  folder: string;
  processedFolder?: string | null;
  defaultDepartmentId?: string | null;
  fromAddress?: string | null;
  active?: boolean;
}

async function checkDepartment(id: string | null | undefined) {
  if (id && !(await db().department.findUnique({ where: { id } })))
    throw new ValidationError('No such department.', { defaultDepartmentId: 'No such department.' });
}

export async function createMailbox(s: MailboxSettings): Promise<Mailbox> {
  if (!s.imapPassword)
    throw new ValidationError('Enter the mailbox password.', { imapPassword: 'Required for a new mailbox.' });
  await checkDepartment(s.defaultDepartmentId);
  const { imapPassword, ...rest } = s;
  return db().mailbox.create({ data: { ...rest, imapPasswordEnc: encryptSecret(imapPassword) } });
}

/** A changed setting moves configuredAt, which makes the worker reconnect with the new settings. */
export async function updateMailbox(id: string, s: Partial<MailboxSettings>): Promise<Mailbox> {
  await checkDepartment(s.defaultDepartmentId);
  const current = await db().mailbox.findUniqueOrThrow({ where: { id } });
  const { imapPassword, ...rest } = s;
  const changed = (Object.keys(rest) as (keyof typeof rest)[]).filter(
    (k) => rest[k] !== undefined && rest[k] !== current[k],
  );
  const newPassword = Boolean(imapPassword) && decryptSecret(current.imapPasswordEnc) !== imapPassword;
  if (changed.length === 0 && !newPassword) return current;
  // another folder or server has other UIDs: start reading it from its first message
  const otherMail = changed.some((k) => k === 'folder' || k === 'imapHost' || k === 'imapUser' || k === 'imapPort');
  return db().mailbox.update({
    where: { id },
    data: {
      ...rest,
      ...(newPassword ? { imapPasswordEnc: encryptSecret(imapPassword!) } : {}),
      ...(otherMail ? { uidValidity: null, lastUid: 0n } : {}),
      configuredAt: new Date(),
    },
  });
}

/** IMAP_URL (imap[s]://user:password@host:port/FOLDER) creates or updates the deployment's default mailbox. */
export async function mailboxFromEnvironment(): Promise<Mailbox | undefined> {
  const c = config();
  if (!c.IMAP_URL) return undefined;
  const url = new URL(c.IMAP_URL);
  const user = decodeURIComponent(url.username);
  const folder = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX';
  const department = c.IMAP_DEFAULT_DEPARTMENT
    ? await db().department.findUnique({ where: { name: c.IMAP_DEFAULT_DEPARTMENT } })
    : null;
  const address = (
    c.IMAP_ADDRESS ?? (user.includes('@') ? user : (/<([^>]+)>/.exec(c.MAIL_FROM)?.[1] ?? c.MAIL_FROM))
  ).toLowerCase();
  const settings: MailboxSettings = {
    name: 'Standaard (IMAP_URL)',
    address,
    imapHost: url.hostname,
    imapPort: Number(url.port || (url.protocol === 'imaps:' ? 993 : 143)),
    imapTls: url.protocol === 'imaps:',
    imapUser: user,
    imapPassword: decodeURIComponent(url.password),
    folder,
    processedFolder: c.IMAP_PROCESSED_FOLDER ?? null,
    defaultDepartmentId: department?.id ?? null,
  };
  const existing = await db().mailbox.findFirst({ where: { source: 'env' } });
  const { imapPassword, ...fields } = settings;
  if (!existing)
    return db().mailbox.create({ data: { ...fields, imapPasswordEnc: encryptSecret(imapPassword!), source: 'env' } });
  return updateMailbox(existing.id, settings);
}

export async function findMailbox(id: string): Promise<Mailbox> {
  const m = await db().mailbox.findUnique({ where: { id } });
  if (!m) throw new NotFoundError('No such mailbox.');
  return m;
}

export const listMailboxes = (
  where: Prisma.MailboxWhereInput,
  orderBy: Prisma.MailboxOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().mailbox.findMany({ where, orderBy, ...page });

export const countMailboxes = (where: Prisma.MailboxWhereInput) => db().mailbox.count({ where });
