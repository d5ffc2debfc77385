import { Router } from 'express';
import { db } from '../db';
import { esc, layout, pageLanguage } from '../pages/html';
import { ticketIdForTrackingToken } from '../tickets/tracking';
import { rateLimit } from '../http/rateLimit';
import { config } from '../config';

const STATUS = {
  nl: { new: 'Ontvangen', open: 'In behandeling', pending_citizen: 'Wacht op uw antwoord', resolved: 'Opgelost', closed: 'Afgesloten' },
  en: { new: 'Received', open: 'In progress', pending_citizen: 'Waiting for your answer', resolved: 'Resolved', closed: 'Closed' },
} as const;

/** The citizen's view of their case through the link we sent; without a valid token it shows nothing. */
export function trackingPageRouter(): Router {
  const router = Router();
  router.get('/volg/:token', rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE), async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    const ticketId = await ticketIdForTrackingToken(String(req.params.token));
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (!ticketId) {
      const title = lang === 'en' ? 'Case not found' : 'Dossier niet gevonden';
      const text = lang === 'en' ? 'This link is not valid. Use the link from our most recent message.' : 'Deze link is niet geldig. Gebruik de link uit ons meest recente bericht.';
      res.status(404).type('html').send(layout(lang, title, `<h1>${esc(title)}</h1><p>${esc(text)}</p>`));
      return;
    }
    // a merged duplicate's links lead to the ticket that carries on
    let ticket = await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { department: true } });
    if (ticket.mergedIntoId) ticket = await db().ticket.findUniqueOrThrow({ where: { id: ticket.mergedIntoId }, include: { department: true } });
    const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' });
    const t = lang === 'en' ? { title: 'Your case', ref: 'Reference', status: 'Status', dept: 'Handled by', since: 'Received on', front: 'Front desk' } : { title: 'Uw dossier', ref: 'Referentie', status: 'Status', dept: 'Behandeld door', since: 'Ontvangen op', front: 'Onthaal' };
    res.type('html').send(
      layout(
        lang,
        t.title,
        `<h1>${esc(t.title)}: ${esc(ticket.subject)}</h1><dl>
<dt>${t.ref}</dt><dd class="ref">${esc(ticket.reference)}</dd>
<dt>${t.status}</dt><dd>${esc(STATUS[lang][ticket.status])}</dd>
<dt>${t.dept}</dt><dd>${esc(ticket.department?.name ?? t.front)}</dd>
<dt>${t.since}</dt><dd>${esc(date.format(ticket.createdAt))}</dd></dl>`,
        `/volg/${encodeURIComponent(String(req.params.token))}?lang=${lang === 'nl' ? 'en' : 'nl'}`,
      ),
    );
  });
  return router;
}
