import { DateTime } from 'luxon';
import { db } from '../../db';
import { intake } from '../../intake/intake';
import type { PhoneCall } from '../../generated/prisma/client';
import { callerNumber, needsCallBack } from './calls';
import { phoneLine } from './line';

export class NotYet extends Error {}

const brussels = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Brussels' }).setLocale('nl-BE');

function choicesText(call: PhoneCall): string {
  const choices = (call.choices as string[]) ?? [];
  return choices.length ? `Keuzes in het menu: ${choices.join(', ')}.` : 'De beller koos niets in het menu.';
}

/** Where a phone ticket goes when no rule decides: the department the caller was put through to, else the agents'. */
export async function fallbackDepartment(call: PhoneCall): Promise<string | undefined> {
  return call.departmentId ?? (await phoneLine()).agentsDepartmentId ?? undefined;
}

/** A caller nobody helped gets a call-back task: on their open call-back ticket if they have one, else a new ticket. */
export async function processMissedCall(callSid: string): Promise<'created' | 'joined' | 'duplicate' | 'nothing'> {
  const call = await db().phoneCall.findUnique({ where: { callSid } });
  if (!call || call.ticketId || call.recordingSid || !needsCallBack(call)) return 'nothing';
  const number = callerNumber(call.fromNumber)!;
  const open = call.contactId
    ? await db().ticket.findFirst({
        where: {
          contactId: call.contactId,
          status: { in: ['new', 'open'] },
          tags: { has: 'terugbellen' },
          mergedIntoId: null,
        },
        orderBy: { createdAt: 'desc' },
      })
    : null;
  const when = brussels(call.startedAt).toFormat("cccc d LLLL 'om' HH:mm");
  const waited = call.durationSeconds != null ? ` De oproep duurde ${call.durationSeconds} seconden.` : '';
  const result = await intake({
    channel: 'phone',
    externalId: `call:${call.callSid}`,
    contact: { phone: number },
    subject: `Terugbellen: gemiste oproep van ${number}`,
    body: `Gemiste oproep van ${number} op ${when}: niemand kon de beller helpen en er werd geen voicemail ingesproken.${waited} ${choicesText(call)}\nBel de burger terug.`,
    ticketId: open?.id,
    defaultDepartmentId: await fallbackDepartment(call),
    tags: ['terugbellen'],
    meta: { callSid: call.callSid, outcome: call.outcome ?? 'hung_up' },
    acknowledge: false,
  });
  await db().phoneCall.update({
    where: { callSid },
    data: { ticketId: result.ticket.id, outcome: call.outcome === 'abandoned' ? 'abandoned' : 'missed' },
  });
  return result.outcome;
}
