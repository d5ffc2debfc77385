import { NotFoundError } from '../../shared/errors';
import type { RequestHandler } from 'express';
import twilio from 'twilio';
import { defineRoute } from '../../http/route';
import { verifyTwilioSignature } from '../twilio/signature';
import { announcedMedia } from '../twilio/media';
import { WhatsAppParams, WhatsAppStatusParams } from './params';
import { receiveWhatsApp } from './incoming';
import { WHATSAPP_STATUS_PATH } from './sender';
import { recordTwilioStatus } from '../twilio/receipts';
import { requireWhatsAppFrom } from './settings';

/** Without WHATSAPP_FROM nothing could be answered: Twilio hears 503 (and retries) rather than a ticket nobody can reply to. */
// Where WhatsApp is not set up, its webhooks are not there (404): nothing a request can do here is the server's
// fault, and Twilio only calls them once an operator has pointed a WhatsApp sender at them.
const whatsappConfigured: RequestHandler = (_req, _res, next) => {
  try {
    requireWhatsAppFrom();
    next();
  } catch (err) {
    next(new NotFoundError((err as Error).message));
  }
};

const common = {
  tag: 'phone',
  access: 'public' as const,
  bodyType: 'form' as const,
  before: [verifyTwilioSignature(), whatsappConfigured],
};

export const WHATSAPP = { incoming: '/webhooks/twilio/whatsapp', status: WHATSAPP_STATUS_PATH } as const;

export const whatsappRoutes = [
  defineRoute({
    ...common,
    method: 'post',
    path: WHATSAPP.incoming,
    summary:
      "Twilio: a WhatsApp message comes in (From whatsapp:+32…). It opens a ticket or joins the sender's latest open one (once per MessageSid); photos and documents (MediaUrl0…) are fetched from Twilio by a worker and attached. STOP, START and HELP (and their Dutch words) are answered and honoured, apart from SMS.",
    body: WhatsAppParams,
    handler: async (_req, res, { body }) => {
      const media = announcedMedia(body, body.NumMedia, `whatsapp-${body.MessageSid.slice(-6).toLowerCase()}`);
      const outcome = await receiveWhatsApp({
        messageSid: body.MessageSid,
        from: body.From,
        to: body.To,
        body: body.Body,
        profileName: body.ProfileName,
        numMedia: body.NumMedia,
        media,
      });
      const reply = new twilio.twiml.MessagingResponse();
      // acknowledgements go through the outbox (tracked, opt-out checked); only keyword answers are immediate
      if (outcome.kind === 'keyword') reply.message(outcome.reply);
      res.status(200).type('text/xml').send(reply.toString());
    },
  }),
  defineRoute({
    ...common,
    method: 'post',
    path: WHATSAPP.status,
    summary: "Twilio: delivery and read receipts of a WhatsApp message we sent; update the notification's status.",
    body: WhatsAppStatusParams,
    handler: async (_req, res, { body }) => {
      await recordTwilioStatus('whatsapp', body.MessageSid, body.MessageStatus, body.ErrorCode);
      res.status(200).type('text/xml').send(new twilio.twiml.MessagingResponse().toString());
    },
  }),
];
