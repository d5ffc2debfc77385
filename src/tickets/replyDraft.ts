import type { Principal } from '../auth/principal';
import { config } from '../config';
import { db } from '../db';
import type { Language } from '../generated/prisma/enums';
import { replyClosing, replyGreeting } from '../notifications/templates';
import { ticketFor } from './access';

/** The agent's own signature, or their name and the town until they write one. */
export function defaultSignature(name: string): string {
  return `${name}\n${config().MUNICIPALITY_NAME}`;
}

/** Under the agent's signature come the lines of the ticket's department, when it has any. */
export async function signatureFor(userId: string, departmentId: string | null): Promise<string> {
  const [user, department] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, signature: true } }),
    departmentId ? db().department.findUnique({ where: { id: departmentId }, select: { signature: true } }) : null,
  ]);
  return [user.signature?.trim() || defaultSignature(user.name), department?.signature?.trim()]
    .filter(Boolean)
    .join('\n');
}

export interface Draft {
  /** the text the compose box starts with */
  text: string;
  /** where the agent starts typing: after the greeting's blank line */
  caret: number;
}

function draft(greeting: string, closing: string): Draft {
  const head = `${greeting}\n\n`;
  return { text: `${head}\n\n${closing}`, caret: head.length };
}

/** An email opens with the greeting and closes with the sign-off and full signature; a text message stays short. */
export function replyDrafts(
  language: Language,
  name: string | null | undefined,
  signature: string,
  agentName: string,
): { email: Draft; sms: Draft } {
  const greeting = replyGreeting(language, name);
  return {
    email: draft(greeting, `${replyClosing(language)}\n${signature}`),
    sms: draft(greeting, `${language === 'en' ? 'Regards' : 'Groeten'}, ${agentName}`),
  };
}

/** What the compose box is pre-filled with for this ticket, in its language. */
export async function replyDraftFor(user: Principal, ticketId: string) {
  const ticket = await ticketFor(user, ticketId);
  const signature = await signatureFor(user.id, ticket.departmentId);
  return { language: ticket.language, ...replyDrafts(ticket.language, ticket.contact?.name, signature, user.name) };
}
