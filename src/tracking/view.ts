import { db } from '../db';
import type { Channel, TicketStatus } from '../generated/prisma/enums';
import { PUBLIC_STATUS } from '../reports/publicReports';
import { ticketIdForTrackingToken } from '../tickets/tracking';
import { inWrittenOrder } from '../tickets/timeline';
import type { PageLanguage } from '../pages/html';
import { channelRegistry } from '../shared/channelRegistry';

export interface TimelineEntry {
  at: Date;
  kind: 'received' | 'status' | 'department' | 'answer' | 'citizen';
  text: string;
  attachments?: number;
}

export interface TrackingView {
  ticketId: string;
  reference: string;
  subject: string;
  status: TicketStatus;
  statusLabel: string;
  department: string;
  createdAt: Date;
  next: string;
  canAdd: boolean;
  statusUpdates: boolean;
  timeline: TimelineEntry[];
}

const NEXT: Record<PageLanguage, Record<TicketStatus, string>> = {
  nl: {
    new: 'Uw vraag is goed aangekomen. Een medewerker bekijkt ze en geeft ze aan de juiste dienst.',
    open: 'De dienst werkt aan uw vraag. U krijgt bericht zodra er nieuws is.',
    pending_citizen: 'We wachten op informatie van u. Vul uw dossier hieronder aan of antwoord op ons bericht.',
    resolved:
      'Uw vraag is afgehandeld. Is het toch niet in orde? Laat het ons hieronder weten, dan bekijken we het opnieuw.',
    closed: 'Dit dossier is afgesloten. Hebt u nog een vraag? Schrijf ze hieronder; we openen uw dossier dan opnieuw.',
  },
  en: {
    new: 'Your question has arrived. A colleague looks at it and passes it to the right department.',
    open: 'The department is working on your question. We will let you know when there is news.',
    pending_citizen: 'We are waiting for information from you. Add it below or answer our message.',
    resolved: 'Your question has been dealt with. Not sorted after all? Tell us below and we will look again.',
    closed: 'This case is closed. Another question? Write it below and we will reopen your case.',
  },
};

/**
 * What the citizen sees of their case through their link: status, the handling department, what happens next and
 * the public part of the timeline (our answers and their own messages; never internal notes, staff or other people).
 */
export async function trackingView(token: string, lang: PageLanguage): Promise<TrackingView | undefined> {
  const id = await ticketIdForTrackingToken(token);
  if (!id) return undefined;
  return caseView(id, lang);
}

/** The same public view for a ticket found another way (a logged-in citizen's own case, see src/citizens). */
export async function caseView(id: string, lang: PageLanguage): Promise<TrackingView> {
  let ticket = await db().ticket.findUniqueOrThrow({ where: { id }, include: { department: true, contact: true } });
  // a merged duplicate's links lead to the ticket that carries on
  for (let hops = 0; ticket.mergedIntoId && hops < 10; hops++)
    ticket = await db().ticket.findUniqueOrThrow({
      where: { id: ticket.mergedIntoId },
      include: { department: true, contact: true },
    });
  const [messages, events] = await Promise.all([
    db().message.findMany({
      where: { ticketId: ticket.id, direction: { in: ['inbound', 'outbound'] } },
      orderBy: { createdAt: 'asc' },
      include: { _count: { select: { attachments: true } } },
    }),
    db().ticketEvent.findMany({
      where: { ticketId: ticket.id, type: { in: ['created', 'status_changed', 'department_changed'] } },
      orderBy: inWrittenOrder({ createdAt: 'asc' }),
    }),
  ]);
  const handedTo = events
    .filter((e) => e.type === 'department_changed')
    .map((e) => (e.data as { to?: string }).to)
    .filter((id): id is string => Boolean(id));
  const departments = new Map(
    handedTo.length
      ? (await db().department.findMany({ where: { id: { in: handedTo } }, select: { id: true, name: true } })).map(
          (d) => [d.id, d.name],
        )
      : [],
  );
  const front = lang === 'en' ? 'Front desk' : 'Onthaal';
  const timeline: TimelineEntry[] = [];
  for (const e of events) {
    const data = e.data as { to?: string; channel?: Channel };
    if (e.type === 'created')
      timeline.push({
        at: e.createdAt,
        kind: 'received',
        text:
          lang === 'en'
            ? `Received through ${channelRegistry.viaOf(data.channel ?? 'web', 'en')}`
            : `Ontvangen via ${channelRegistry.viaOf(data.channel ?? 'web', 'nl')}`,
      });
    if (e.type === 'status_changed' && data.to)
      timeline.push({
        at: e.createdAt,
        kind: 'status',
        text: `${lang === 'en' ? 'Status' : 'Status'}: ${PUBLIC_STATUS[lang][data.to as TicketStatus] ?? data.to}`,
      });
    if (e.type === 'department_changed') {
      const name = (data.to && departments.get(data.to)) ?? front;
      timeline.push({
        at: e.createdAt,
        kind: 'department',
        text: lang === 'en' ? `Passed to ${name}` : `Doorgegeven aan ${name}`,
      });
    }
  }
  for (const m of messages) {
    // the first message is the question itself, already shown as the subject and "received"
    const text = (m.displayText ?? m.bodyText).slice(0, 4000);
    if (m.direction === 'outbound')
      timeline.push({ at: m.createdAt, kind: 'answer', text, attachments: m._count.attachments });
    else timeline.push({ at: m.createdAt, kind: 'citizen', text, attachments: m._count.attachments });
  }
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    ticketId: ticket.id,
    reference: ticket.reference,
    subject: ticket.subject,
    status: ticket.status,
    statusLabel: PUBLIC_STATUS[lang][ticket.status],
    department: ticket.department?.name ?? front,
    createdAt: ticket.createdAt,
    next: NEXT[lang][ticket.status],
    canAdd: !ticket.anonymisedAt,
    statusUpdates: !ticket.contact?.statusUpdatesOptOutAt,
    timeline,
  };
}
