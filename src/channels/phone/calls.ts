import { db } from '../../db';
import { normalizePhone } from '../../shared/identities';
import { resolveContact } from '../../contacts/resolve';
import type { PhoneCall, Prisma } from '../../generated/prisma/client';

/** How a call ended for the caller. Anything else at hang-up means nobody helped them: a call-back task. */
export const HELPED = ['connected', 'voicemail', 'status_told'] as const;
export type CallOutcome = (typeof HELPED)[number] | 'routing' | 'voicemail_offered' | 'missed' | 'abandoned';

/** The caller's number in E.164, or undefined when it was withheld (Twilio sends "anonymous" or a placeholder). */
export function callerNumber(from: string): string | undefined {
  if (!/^\+?\d/.test(from)) return undefined;
  return normalizePhone(from);
}

export interface IncomingCall {
  callSid: string;
  from: string;
  to: string;
  status: string;
}

/** Logs the call on the caller's contact (found or created by number); a retried webhook finds the row it made. */
export async function recordIncomingCall(call: IncomingCall): Promise<PhoneCall> {
  const existing = await db().phoneCall.findUnique({ where: { callSid: call.callSid } });
  if (existing) return existing;
  const number = callerNumber(call.from);
  try {
    return await db().$transaction(async (tx) => {
      const contact = number ? await resolveContact(tx, { phone: number }) : null;
      return tx.phoneCall.create({
        data: {
          callSid: call.callSid,
          direction: 'inbound',
          fromNumber: number ?? call.from,
          toNumber: call.to,
          status: call.status,
          contactId: contact?.id,
        },
      });
    });
  } catch (err) {
    // the same call's webhook retried at the same moment: the other request made the row
    const row = await db().phoneCall.findUnique({ where: { callSid: call.callSid } });
    if (row) return row;
    throw err;
  }
}

/** Appends the caller's choice (key or words) in one statement, so two callbacks racing both count. */
export async function addChoice(callSid: string, choice: string): Promise<void> {
  await db()
    .$executeRaw`UPDATE phone_call SET choices = choices || jsonb_build_array(${choice}::text), updated_at = now() WHERE call_sid = ${callSid}`;
}

export async function setOutcome(callSid: string, outcome: CallOutcome, departmentId?: string): Promise<void> {
  await db().phoneCall.updateMany({ where: { callSid }, data: { outcome, ...(departmentId ? { departmentId } : {}) } });
}

const FINAL = ['completed', 'busy', 'no-answer', 'failed', 'canceled'];

export function isFinalStatus(status: string): boolean {
  return FINAL.includes(status);
}

/**
 * Records Twilio's status report. Reports can arrive out of order or twice; a final status is never replaced
 * by an earlier one. Returns the call when this report is the one that ended it (so follow-up happens once).
 */
export async function recordCallStatus(
  callSid: string,
  status: string,
  durationSeconds?: number,
): Promise<PhoneCall | undefined> {
  if (!isFinalStatus(status)) {
    await db().phoneCall.updateMany({ where: { callSid, endedAt: null }, data: { status } });
    return undefined;
  }
  const ended = await db().phoneCall.updateMany({
    where: { callSid, endedAt: null },
    data: { status, durationSeconds: durationSeconds ?? null, endedAt: new Date() },
  });
  if (ended.count === 0) return undefined;
  return (await db().phoneCall.findUnique({ where: { callSid } })) ?? undefined;
}

export function needsCallBack(call: Pick<PhoneCall, 'direction' | 'outcome' | 'fromNumber'>): boolean {
  if (call.direction !== 'inbound' || !callerNumber(call.fromNumber)) return false;
  return !(HELPED as readonly string[]).includes(call.outcome ?? '');
}

/** The call log the console reads, within the scope the caller may see. */
export const listCalls = (
  where: Prisma.PhoneCallWhereInput,
  orderBy: Prisma.PhoneCallOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().phoneCall.findMany({ where, orderBy, ...page });

export const countCalls = (where: Prisma.PhoneCallWhereInput) => db().phoneCall.count({ where });

/** One call inside a scope, or null. */
export const findCall = (id: string, scope: Prisma.PhoneCallWhereInput) =>
  db().phoneCall.findFirst({ where: { AND: [{ id }, scope] } });

/** The ticket a caller gives the reference of, followed to the ticket it was merged into, with its department's name. */
export async function ticketByReference(reference: string) {
  let ticket = await db().ticket.findUnique({
    where: { reference },
    include: { department: { select: { name: true } } },
  });
  for (let hops = 0; ticket?.mergedIntoId && hops < 10; hops++) {
    ticket = await db().ticket.findUnique({
      where: { id: ticket.mergedIntoId },
      include: { department: { select: { name: true } } },
    });
  }
  return ticket;
}
