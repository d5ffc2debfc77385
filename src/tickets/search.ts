import type { Prisma } from '../generated/prisma/client';
import { normalizePhone } from '../shared/identities';
import { parseReference } from './reference';

/**
 * Full-text search for the console: every word must appear in the reference, subject, any message,
 * or the citizen's name, email or phone (trigram indexes make the substring matches fast).
 * A whole query that is a phone number or a reference is matched as such.
 */
export function ticketSearch(q: string): Prisma.TicketWhereInput {
  const query = q.trim();
  const reference = parseReference(query);
  if (reference) return { reference };
  const phone = /^[+\d][\d\s./-]{5,}$/.test(query) ? normalizePhone(query) : undefined;
  if (phone) return { contact: { identities: { some: { value: phone } } } };
  const words = query.split(/\s+/).filter(Boolean).slice(0, 6);
  return {
    AND: words.map((word) => {
      const contains = { contains: word, mode: 'insensitive' as const };
      return {
        OR: [
          { reference: { contains: word.toUpperCase() } },
          { subject: contains },
          { messages: { some: { bodyText: contains } } },
          { contact: { name: contains } },
          { contact: { identities: { some: { value: { contains: word.toLowerCase() } } } } },
        ],
      };
    }),
  };
}
