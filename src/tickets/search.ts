import type { Prisma } from '../generated/prisma/client';
import { normalizePhone } from '../shared/identities';
import { parseReference, REFERENCE_PREFIX } from './reference';

/**
 * Full-text search for the console: every word must appear somewhere in the ticket's search document (reference,
 * subject, any message, the citizen's name, email or phone; kept by the database, see the ticket_search migration),
 * as a substring, case ignored (the document is kept in lower case), and % or _ in a word are themselves, not
 * wildcards. A whole query that is a phone number or a complete reference is matched as such,
 * and four to seven digits (with or without VD-, a dash or a space) are a piece of a reference being read out.
 */
export function ticketSearch(q: string): Prisma.TicketWhereInput {
  const query = q.trim();
  const reference = parseReference(query);
  if (reference) return { reference };
  const phone = /^[+\d][\d\s./-]{5,}$/.test(query) ? normalizePhone(query) : undefined;
  if (phone) return { contact: { identities: { some: { value: phone } } } };
  const piece = referencePiece(query);
  if (piece) return { reference: { contains: piece } };
  const words = query.split(/\s+/).filter(Boolean).slice(0, 6);
  return { search: { is: { AND: words.map((word) => ({ doc: { contains: likeLiteral(word.toLowerCase()) } })) } } };
}

/** Prisma passes `contains` to LIKE as it is: without this, "100%" or "jan_peeters" would match far too much. */
function likeLiteral(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "9405", "VD-9405", "9405 00" → the part of a reference as it is written ("9405", "9405-00"); else undefined. */
function referencePiece(query: string): string | undefined {
  const digits = query.replace(new RegExp(`^\\s*${REFERENCE_PREFIX}[\\s-]*`, 'i'), '').replace(/[\s-]/g, '');
  if (!/^\d{4,7}$/.test(digits)) return undefined;
  return digits.length <= 4 ? digits : `${digits.slice(0, 4)}-${digits.slice(4)}`;
}
