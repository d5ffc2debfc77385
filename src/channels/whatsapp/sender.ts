import { db, type Tx } from '../../db';
import type { Notification } from '../../generated/prisma/client';
import { twilioIsOutage, probeTwilio } from '../twilio/outage';
import { RecipientUnreachable, type ChannelSender, type FreeTextRefusal } from '../../notifications/senders';
import { whatsappAllowed } from './allowed';
import { twilioClient, webhookUrl } from '../twilio/client';
import { whatsappAddress } from './address';
import { requireWhatsAppFrom } from './settings';
import { contentSidFor, contentVariables, templateKindOf } from './templates';
import { lastInboundAt, WINDOW_MS } from './window';

export const WHATSAPP_STATUS_PATH = '/webhooks/twilio/whatsapp/status';

/** What the console says when the window is closed (the compose box shows it above the template button). */
const WINDOW_NOTICE: FreeTextRefusal['notice'] = {
  nl: {
    title: 'Vrije tekst kan nu niet via WhatsApp',
    closed:
      'WhatsApp staat vrije tekst enkel toe binnen 24 uur na het laatste bericht van de burger (laatste bericht: %{last}). Stuur het goedgekeurde sjabloon: uw antwoord wordt bij het dossier bewaard en het sjabloon verwijst de burger naar de volgpagina, waar hij het leest. Of antwoord per e-mail of sms.',
    never: 'Deze burger schreef ons nooit via WhatsApp: enkel een goedgekeurd sjabloon mag het gesprek beginnen.',
    noTemplate:
      'Er is geen goedgekeurd sjabloon voor antwoorden ingesteld (WHATSAPP_TEMPLATES): antwoord per e-mail of sms, of wacht tot de burger opnieuw schrijft.',
  },
  en: {
    title: 'Free text is not possible on WhatsApp now',
    closed:
      "WhatsApp allows free text only within 24 hours of the citizen's last message (last message: %{last}). Send the approved template: your answer is stored on the ticket and the template points the citizen to their tracking page, where they read it. Or answer by email or text message.",
    never: 'This citizen never wrote to us on WhatsApp, so only an approved template may start the conversation.',
    noTemplate:
      'No approved template is configured for answers (WHATSAPP_TEMPLATES): answer by email or text message, or wait until the citizen writes again.',
  },
};

/**
 * Inside the 24-hour window the message goes as written; outside it only as the approved template for its kind
 * (WHATSAPP_TEMPLATES), which points the citizen to their tracking page. Without a template it is not sent: WhatsApp
 * would refuse it, and trying again would not help.
 */
export const whatsappSender: ChannelSender = {
  channel: 'whatsapp',
  provider: 'twilio',
  isOutage: twilioIsOutage,
  probe: probeTwilio,
  async send(n: Notification): Promise<string> {
    if (!(await whatsappAllowed(n.recipient)))
      throw new RecipientUnreachable(`${n.recipient} opted out of WhatsApp messages (STOP)`);
    const from = requireWhatsAppFrom();
    const last = await lastInboundAt(db(), n.recipient);
    const open = !!last && Date.now() - last.getTime() < WINDOW_MS;
    const base = {
      to: whatsappAddress(n.recipient),
      from: whatsappAddress(from),
      statusCallback: webhookUrl(WHATSAPP_STATUS_PATH),
    };
    if (open) return (await twilioClient().messages.create({ ...base, body: n.bodyText })).sid;
    const kind = templateKindOf(n.template);
    const contentSid = contentSidFor(kind);
    if (!contentSid) {
      throw new RecipientUnreachable(
        `outside WhatsApp's 24-hour window and no approved template for ${kind ?? n.template} (WHATSAPP_TEMPLATES)`,
      );
    }
    const ticket = n.ticketId
      ? await db().ticket.findUnique({ where: { id: n.ticketId }, select: { reference: true, status: true } })
      : null;
    const message = await twilioClient().messages.create({
      ...base,
      contentSid,
      contentVariables: JSON.stringify(contentVariables(n, ticket)),
    });
    return message.sid;
  },

  async freeTextRefusal(recipient: string, tx: Tx): Promise<FreeTextRefusal | undefined> {
    const last = await lastInboundAt(tx, recipient);
    if (last && Date.now() - last.getTime() < WINDOW_MS) return undefined;
    const templateAvailable = !!contentSidFor('answer');
    const instead = templateAvailable
      ? [
          'send the approved template instead (it points them to their tracking page, where they read your answer) or answer by email or text message',
          'stuur het goedgekeurde sjabloon (dat verwijst naar de volgpagina, waar de burger uw antwoord leest) of antwoord per e-mail of sms',
        ]
      : [
          'no approved template for answers is configured (WHATSAPP_TEMPLATES): answer by email or text message',
          'er is geen goedgekeurd sjabloon voor antwoorden ingesteld (WHATSAPP_TEMPLATES): antwoord per e-mail of sms',
        ];
    return {
      code: 'whatsapp_window_closed',
      // the console explains in the agent's language by the code; an API client reads both
      message: `WhatsApp allows free text only within 24 hours of the citizen's last message; ${instead[0]}. / WhatsApp staat vrije tekst enkel toe binnen 24 uur na het laatste bericht van de burger; ${instead[1]}.`,
      templateAvailable,
      lastInboundAt: last,
      notice: WINDOW_NOTICE,
    };
  },
};
