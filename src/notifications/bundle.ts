import type { Notification } from '../generated/prisma/client';
import { config } from '../config';

/**
 * Several status updates for one citizen at once (a bulk change) become one message: each case's own text, one
 * after the other, under one subject. Each row stays its own record of what was said.
 */
export function bundle(rows: Notification[]): Pick<Notification, 'subject' | 'bodyText' | 'bodyHtml'> {
  const en = rows[0].language === 'en';
  if (rows[0].channel !== 'email')
    return { subject: '', bodyText: rows.map((r) => r.bodyText).join('\n'), bodyHtml: null };
  const subject = en
    ? `News about ${rows.length} of your cases – ${config().MUNICIPALITY_NAME}`
    : `Nieuws over ${rows.length} van uw dossiers – ${config().MUNICIPALITY_NAME}`;
  const separator = '\n\n――――――――――\n\n';
  const body = rows.map((r) => `${r.subject ?? ''}\n\n${r.bodyText.trim()}`).join(separator);
  const html = rows
    .map((r) => (r.bodyHtml ?? '').replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, ''))
    .join('<hr>');
  return {
    subject,
    bodyText: `${body}\n`,
    bodyHtml: `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">${html}</body></html>`,
  };
}
