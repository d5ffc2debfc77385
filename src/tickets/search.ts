import type { Prisma } from '../generated/prisma/client';
import { normalizePhone } from '../shared/identities';
import { parseReference } from './reference';

/**
 * Full-text search for the console: every word must appear somewhere in the ticket's search document (reference,
 * subject, any message, the citizen's name, email or phone; kept by the database, see the ticket_search migration),
 * as a substring, case ignored. A whole query that is a phone number or a complete reference is matched as such.
 */
export function ticketSearch(q: string): Prisma.TicketWhereInput {
  const query = q.trim();
  const reference = parseReference(query);
  if (reference) return { reference };
  const phone = /^[+\d][\d\s./-]{5,}$/.test(query) ? normalizePhone(query) : undefined;
  if (phone) return { contact: { identities: { some: { value: phone } } } };
  const words = query.split(/\s+/).filter(Boolean).slice(0, 6);
  return { search: { is: { AND: words.map((word) => ({ doc: { contains: word, mode: 'insensitive' as const } })) } } };
}
