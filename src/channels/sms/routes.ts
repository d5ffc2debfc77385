import twilio from 'twilio';
import { defineRoute } from '../../http/route';
import { verifyTwilioSignature } from '../twilio/signature';
import { SmsParams, SmsStatusParams } from '../twilio/params';
import { receiveSms } from './incoming';
import { announcedMedia } from '../twilio/media';
import { recordTwilioStatus } from '../twilio/receipts';

const common = {
  tag: 'phone',
  access: 'public' as const,
  bodyType: 'form' as const,
  before: [verifyTwilioSignature()],
};

export const SMS = { incoming: '/webhooks/twilio/sms', status: '/webhooks/twilio/sms/status' } as const;

export const smsRoutes = [
  defineRoute({
    ...common,
    method: 'post',
    path: SMS.incoming,
    summary:
      "Twilio: a text message comes in. It opens a ticket or joins the sender's latest open one (once per MessageSid); STOP, START and HELP (and STOPPEN, AFMELDEN, AANMELDEN, HULP) are answered and honoured. MMS photos and PDFs (MediaUrl0…) are fetched from Twilio by a worker and attached to the ticket.",
    body: SmsParams,
    handler: async (_req, res, { body }) => {
      const media = announcedMedia(body, body.NumMedia, `mms-${body.MessageSid.slice(-6).toLowerCase()}`);
      const outcome = await receiveSms({
        messageSid: body.MessageSid,
        from: body.From,
        to: body.To,
        body: body.Body,
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
    path: SMS.status,
    summary: "Twilio: delivery report of a text we sent; updates the notification's status.",
    body: SmsStatusParams,
    handler: async (_req, res, { body }) => {
      await recordTwilioStatus('sms', body.MessageSid, body.MessageStatus, body.ErrorCode);
      res.status(200).type('text/xml').send(new twilio.twiml.MessagingResponse().toString());
    },
  }),
];
