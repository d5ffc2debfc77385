import { randomUUID } from 'node:crypto';
import { db } from '../../db';
import type { Principal } from '../../auth/principal';
import { ticketFor } from '../../tickets/access';
import { recordEvent } from '../../tickets/events';
import { ValidationError } from '../../shared/errors';
import { normalizePhone } from '../../shared/identities';
import { logger } from '../../logger';
import { requireTwilio, twilioClient, webhookUrl } from '../twilio/client';
import * as twiml from './twiml';
import { VOICE } from './twiml';
import { PROMPTS } from './prompts';

/**
 * A call-back: Twilio rings the agent's own phone first; when they answer, the bridge webhook says which case it
 * is and rings the citizen with the central number as caller id. For outbound calls the log keeps the agent's
 * phone as from_number and the citizen's as to_number.
 */
export async function startCallback(
  user: Principal,
  ticketId: string,
  opts: { agentPhone?: string; citizenPhone?: string },
) {
  const settings = requireTwilio();
  if (!settings.phoneNumber)
    throw new ValidationError('Set TWILIO_PHONE_NUMBER first: call-backs leave from the central number.');
  const ticket = await ticketFor(user, ticketId);
  const me = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { phone: true } });
  const agentPhone = opts.agentPhone ?? me.phone;
  if (!agentPhone)
    throw new ValidationError('Give the phone number you want to be rung on, or add it to your profile.', {
      agentPhone: 'Required: your phone number.',
    });
  const phones = ticket.contact?.identities.filter((i) => i.kind === 'phone').map((i) => i.value) ?? [];
  const citizen = opts.citizenPhone ? normalizePhone(opts.citizenPhone) : phones[0];
  if (!citizen)
    throw new ValidationError('This citizen has no phone number: add one on their contact page first.', {
      citizenPhone: 'No phone number for this citizen.',
    });
  if (opts.citizenPhone && !phones.includes(citizen)) {
    throw new ValidationError(
      "Call back on one of the citizen's own numbers (add a new number to their contact first).",
      { citizenPhone: 'Not one of this citizen’s numbers.' },
    );
  }
  const id = randomUUID();
  const row = await db().phoneCall.create({
    data: {
      id,
      callSid: `pending-${id}`,
      direction: 'outbound',
      fromNumber: agentPhone,
      toNumber: citizen,
      status: 'queued',
      ticketId,
      contactId: ticket.contactId,
      startedByUserId: user.id,
      departmentId: ticket.departmentId,
    },
  });
  try {
    const call = await twilioClient().calls.create({
      to: agentPhone,
      from: settings.phoneNumber,
      url: webhookUrl(VOICE.bridge, { call: id }),
      statusCallback: webhookUrl(VOICE.status),
      statusCallbackEvent: ['completed'],
      timeout: 30,
    });
    const updated = await db().phoneCall.update({
      where: { id },
      data: { callSid: call.sid, status: call.status ?? 'queued' },
    });
    await db().$transaction((tx) =>
      recordEvent(tx, ticketId, 'callback_started', user.id, { callId: id, to: citizen }),
    );
    return updated;
  } catch (err) {
    logger.warn({ err, ticketId }, 'call-back could not be started');
    await db().phoneCall.update({ where: { id: row.id }, data: { status: 'failed', endedAt: new Date() } });
    throw new ValidationError(`Twilio did not place the call: ${(err as Error).message}`);
  }
}

export async function callbackBridge(callId: string) {
  const call = await db().phoneCall.findUnique({
    where: { id: callId },
    include: { ticket: { select: { reference: true } } },
  });
  if (!call || call.direction !== 'outbound') return twiml.sayAndHangUp('nl', PROMPTS.nl.technicalProblem);
  return twiml.bridge('nl', call.ticket?.reference, call.toNumber, call.id);
}

export async function callbackResult(callId: string, dialStatus: string) {
  const call = await db().phoneCall.findUnique({ where: { id: callId } });
  if (call) {
    const outcome = dialStatus === 'completed' || dialStatus === 'answered' ? 'connected' : 'missed';
    await db().phoneCall.update({ where: { id: callId }, data: { outcome } });
    if (call.ticketId && !call.outcome) {
      await db().$transaction((tx) =>
        recordEvent(tx, call.ticketId!, 'callback_finished', call.startedByUserId, {
          callId,
          reached: outcome === 'connected',
          status: dialStatus,
        }),
      );
    }
  }
  const r = twiml.newResponse();
  r.hangup();
  return r;
}
