import { db } from '../db';
import type { AppointmentStatus, TicketStatus } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import { PUBLIC_STATUS } from '../reports/publicReports';
import { caseView, type TrackingView } from '../tracking/view';
import { decryptSecret } from '../shared/secretBox';
import type { PageLanguage } from '../pages/html';
import type { Citizen } from './sessions';

export interface CaseSummary {
  reference: string;
  subject: string;
  status: TicketStatus;
  statusLabel: string;
  createdAt: Date;
  /** an e-loket request: the document asked for */
  document?: string;
}

export interface AppointmentSummary {
  code: string;
  service: string;
  location: string;
  startsAt: Date;
  status: AppointmentStatus;
  /** the page behind the confirmation's link, to move or cancel it; only while that is still possible */
  managePath?: string;
}

/**
 * Whose cases are the citizen's: those of a contact that carries their login (an identity of kind oidc, added when
 * they wrote or booked while logged in), and those of a contact with their e-mail address when the provider vouches
 * for it (email_verified). Nothing else: a name, or an address the provider did not verify, proves nothing.
 */
function identitiesOf(c: Citizen): Prisma.ContactIdentityWhereInput[] {
  return [
    { kind: 'oidc', value: c.subject },
    ...(c.emailVerified && c.email ? [{ kind: 'email' as const, value: c.email }] : []),
  ];
}

async function contactIdsOf(c: Citizen): Promise<string[]> {
  const rows = await db().contactIdentity.findMany({ where: { OR: identitiesOf(c) }, select: { contactId: true } });
  return [...new Set(rows.map((r) => r.contactId))];
}

export async function citizenCases(
  c: Citizen,
  lang: PageLanguage,
): Promise<{ tickets: CaseSummary[]; appointments: AppointmentSummary[] }> {
  const contactIds = await contactIdsOf(c);
  const tickets = await db().ticket.findMany({
    // a merged duplicate lives on in the ticket it was merged into; an anonymised one is no one's any more
    where: { contactId: { in: contactIds }, mergedIntoId: null, anonymisedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      reference: true,
      subject: true,
      status: true,
      createdAt: true,
      documentRequest: { select: { documentType: { select: { nameNl: true, nameEn: true } } } },
    },
  });
  const appointments = await db().appointment.findMany({
    where: {
      OR: [{ contactId: { in: contactIds } }, ...(c.emailVerified && c.email ? [{ email: c.email }] : [])],
    },
    orderBy: { startsAt: 'desc' },
    take: 50,
    include: { service: true, location: true },
  });
  const now = Date.now();
  return {
    tickets: tickets.map(({ documentRequest, ...t }) => ({
      ...t,
      statusLabel: PUBLIC_STATUS[lang][t.status],
      document: documentRequest
        ? lang === 'en'
          ? documentRequest.documentType.nameEn
          : documentRequest.documentType.nameNl
        : undefined,
    })),
    appointments: appointments.map((a) => ({
      code: a.code,
      service: lang === 'en' ? a.service.nameEn : a.service.nameNl,
      location: a.location.name,
      startsAt: a.startsAt,
      status: a.status,
      // the same page as the link in the confirmation (src/booking/page.ts)
      managePath:
        a.status === 'booked' && a.startsAt.getTime() > now
          ? `/afspraak/beheer/${decryptSecret(a.manageTokenEnc)}`
          : undefined,
    })),
  };
}

/** One of the citizen's cases by its reference, in the tracking page's public view; nothing when it is not theirs. */
export async function citizenCase(
  c: Citizen,
  reference: string,
  lang: PageLanguage,
): Promise<TrackingView | undefined> {
  if (!/^[A-Za-z0-9-]{3,40}$/.test(reference)) return undefined;
  const ticket = await db().ticket.findFirst({
    where: {
      reference: reference.toUpperCase(),
      anonymisedAt: null,
      contact: { identities: { some: { OR: identitiesOf(c) } } },
    },
    select: { id: true },
  });
  return ticket ? caseView(ticket.id, lang) : undefined;
}
