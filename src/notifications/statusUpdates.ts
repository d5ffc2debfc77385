import type { Tx } from '../db';
import { config } from '../config';
import type { TicketStatus } from '../generated/prisma/enums';
import { channelRegistry } from '../shared/channelRegistry';
import { issueTrackingToken, trackingUrl } from '../tickets/tracking';
import { senderFor, threadHeadersFor } from './emailThread';
import { addresseeOf, decideReach } from './reach';
import { PUBLIC_STATUS } from '../reports/publicReports';
import { addToOutbox, type OutboxEntry } from './outbox';
import { renderStatusEmail, renderStatusSms, statusTemplateFor, templateText } from './statusTemplates';

/** The ticket and whom to tell about it; undefined when nobody can or may be told (see reach.ts). */
async function recipientFor(tx: Tx, ticketId: string) {
  const ticket = await tx.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    include: { contact: { include: { identities: true } }, department: { select: { name: true } }, mailbox: true },
  });
  const contact = ticket.contact;
  if (!contact) return undefined;
  const reach = await decideReach(tx, 'status_update', addresseeOf(contact, ticket));
  if (!reach.reachable) return undefined;
  const [{ channel, recipient }] = reach.routes;
  return { ticket, contact, channel, recipient };
}

/**
 * Writes the status update a change warrants, in the transaction of the change: one outbox row per change. It
 * waits STATUS_UPDATE_DELAY_SECONDS before it goes out; the sender drops it when the status changed again in the
 * meantime and bundles the updates due for the same citizen into one message, so a bulk change floods no one.
 */
export async function queueStatusUpdate(
  tx: Tx,
  ticketId: string,
  from: TicketStatus,
  to: TicketStatus,
): Promise<string | undefined> {
  const key = statusTemplateFor(from, to);
  if (!key) return undefined;
  if (key === 'status_reopened') {
    // "resolved" not yet sent and already undone: the citizen hears neither
    const withdrawn = await tx.notification.updateMany({
      where: { ticketId, template: 'status_resolved', status: 'pending' },
      data: { status: 'suppressed', lastError: 'withdrawn: the case was reopened before this was sent' },
    });
    if (withdrawn.count > 0) return undefined;
  }
  const who = await recipientFor(tx, ticketId);
  if (!who) return undefined;
  const { ticket, contact, channel, recipient } = who;
  const language = ticket.language;
  const token = await issueTrackingToken(tx, ticketId);
  const links = { trackingUrl: trackingUrl(token), unsubscribeUrl: `${trackingUrl(token)}/afmelden` };
  const vars = {
    name: contact.name || (language === 'en' ? 'citizen' : 'burger'),
    reference: ticket.reference,
    subject: ticket.subject,
    status: PUBLIC_STATUS[language][to],
    department: ticket.department?.name ?? (language === 'en' ? 'Front desk' : 'Onthaal'),
    town: config().MUNICIPALITY_NAME,
  };
  const text = await templateText(key, language);
  const sendAfter = new Date(Date.now() + config().STATUS_UPDATE_DELAY_SECONDS * 1000);
  const common = { template: key, language, recipient, ticketId, sendAfter };
  const automatic = { announces: to, autoSubmitted: 'auto-generated' };
  // an email joins the citizen's thread; every short-text channel says it the same way
  const update = async (): Promise<OutboxEntry> =>
    channelRegistry.messaging(channel).format === 'short'
      ? { ...common, channel, content: renderStatusSms(language, text, vars, links), headers: automatic }
      : {
          ...common,
          channel,
          content: renderStatusEmail(language, text, vars, links),
          from: senderFor(ticket.mailbox),
          headers: { ...(await threadHeadersFor(tx, ticketId)), ...automatic },
        };
  return addToOutbox(tx, await update());
}
