import { DateTime } from 'luxon';
import type { Principal } from '../auth/principal';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { config } from '../config';
import type { DocumentDelivery, TicketStatus } from '../generated/prisma/enums';
import { ticketFor } from '../tickets/access';
import { recordEvent } from '../tickets/events';
import { updateTicket } from '../tickets/update';
import { storeUploads, type IncomingFile } from '../attachments/upload';
import { blobStore } from '../attachments/storage';
import { decryptSecret, encryptSecret } from '../shared/secretBox';
import { randomToken, sha256Hex } from '../shared/tokens';
import { ConflictError, GoneError, NotFoundError, UnsupportedMediaTypeError, ValidationError } from '../shared/errors';
import { fieldsOf } from './catalogue';
import { formatNationalRegister } from './nationalRegister';

/** The request behind a ticket the user may see, with its national-register numbers unsealed for them. */
export async function documentRequestFor(user: Principal, ticketId: string) {
  await ticketFor(user, ticketId);
  const request = await db().documentRequest.findUnique({
    where: { ticketId },
    include: { documentType: true, documentAttachment: true },
  });
  if (!request) throw new NotFoundError('This ticket is not a document request.');
  const ready = await db().ticketEvent.findFirst({
    where: { ticketId, type: 'document_pickup_ready' },
    orderBy: { createdAt: 'desc' },
  });
  return { ...presentRequest(request), pickupReadyAt: ready?.createdAt ?? null };
}

type Loaded = Prisma.DocumentRequestGetPayload<{ include: { documentType: true; documentAttachment: true } }>;

function presentRequest(r: Loaded) {
  const sealed = r.sealedAnswers as Record<string, string>;
  const answers = r.answers as Record<string, string>;
  const fields = fieldsOf(r.documentType).flatMap((f) => {
    const value = sealed[f.key] ? formatNationalRegister(decryptSecret(sealed[f.key])) : answers[f.key];
    if (value === undefined) return [];
    const option = f.options?.find((o) => o.value === value);
    return [
      {
        key: f.key,
        type: f.type,
        labelNl: f.labelNl,
        labelEn: f.labelEn,
        value,
        ...(option ? { valueNl: option.labelNl, valueEn: option.labelEn } : {}),
      },
    ];
  });
  return {
    id: r.ticketId,
    ticketId: r.ticketId,
    documentType: {
      id: r.documentType.id,
      code: r.documentType.code,
      nameNl: r.documentType.nameNl,
      nameEn: r.documentType.nameEn,
      deliveryOptions: r.documentType.deliveryOptions,
      feeNote: r.documentType.feeNote,
    },
    answers: fields,
    delivery: r.delivery,
    postalAddress: r.postalAddress,
    document: r.documentAttachment
      ? { id: r.documentAttachment.id, filename: r.documentAttachment.filename, size: r.documentAttachment.size }
      : null,
    deliveredAt: r.deliveredAt,
    downloadExpiresAt: r.downloadExpiresAt,
    pickedUpAt: r.pickedUpAt,
    createdAt: r.createdAt,
  };
}

/** The agent's prepared document: a PDF, recognised by its content, kept with the ticket's attachments. */
export async function attachDocument(user: Principal, ticketId: string, files: IncomingFile[]) {
  await documentRequestFor(user, ticketId);
  if (files.length !== 1) throw new ValidationError('Attach exactly one PDF.', { attachments: 'Attach one PDF.' });
  const [stored] = await storeUploads(files);
  if (stored.contentType !== 'application/pdf')
    throw new UnsupportedMediaTypeError(`"${files[0].filename}" is not a PDF.`, { attachments: 'Attach a PDF.' });
  await db().$transaction(async (tx) => {
    const attachment = await tx.attachment.create({ data: { ...stored, ticketId } });
    await tx.documentRequest.update({ where: { ticketId }, data: { documentAttachmentId: attachment.id } });
    await recordEvent(tx, ticketId, 'document_attached', user.id, { filename: stored.filename });
  });
  // the citizen hears that their request is being handled (a status update), as for any case taken up
  const ticket = await ticketFor(user, ticketId);
  if (ticket.status === 'new') await updateTicket(user, ticketId, { status: 'open' }, ticket.version);
  return documentRequestFor(user, ticketId);
}

export interface DeliverInput {
  method: DocumentDelivery;
  /** for post: the address as confirmed with the citizen */
  postalAddress?: string;
  /** the ticket's version the agent saw (the status changes with the delivery) */
  version: number;
}

/** What the citizen's case says after each way of delivering. */
const STATUS_AFTER: Record<DocumentDelivery, TicketStatus> = {
  email: 'resolved',
  post: 'resolved',
  // waiting for the citizen to choose a moment to pick it up
  pickup: 'pending_citizen',
};

/**
 * Delivers the document: by email a download link on the tracking page (256 random bits, stored hashed and
 * sealed, expiring after DOCUMENT_LINK_DAYS), by post to the confirmed address, or ready to pick up (the tracking
 * page offers a time of the "afhalen" product). Each is on the timeline, and the status change tells the citizen.
 */
export async function deliverDocument(user: Principal, ticketId: string, input: DeliverInput) {
  const request = await documentRequestFor(user, ticketId);
  const ticket = await ticketFor(user, ticketId);
  if (ticket.version !== input.version)
    throw new ConflictError('This ticket was changed in the meantime: reload it and deliver again.');
  if (!request.documentType.deliveryOptions.includes(input.method))
    throw new ValidationError('This document cannot be delivered that way.', {
      method: 'Not offered for this document.',
    });
  if (input.method === 'email' && !request.document)
    throw new ConflictError('Attach the prepared PDF first.', { attachments: 'Attach the PDF first.' });
  const address = input.postalAddress?.trim() || request.postalAddress;
  if (input.method === 'post' && !address)
    throw new ValidationError('Confirm the address to post the document to.', {
      postalAddress: 'Confirm the address.',
    });
  const token = input.method === 'email' ? randomToken() : undefined;
  const expires = DateTime.now().plus({ days: config().DOCUMENT_LINK_DAYS }).toJSDate();
  await db().$transaction(async (tx) => {
    await tx.documentRequest.update({
      where: { ticketId },
      data: {
        delivery: input.method,
        deliveredAt: input.method === 'pickup' ? null : new Date(),
        ...(input.method === 'post' ? { postalAddress: address } : {}),
        ...(token
          ? { downloadTokenHash: sha256Hex(token), downloadTokenEnc: encryptSecret(token), downloadExpiresAt: expires }
          : {}),
      },
    });
    await recordEvent(
      tx,
      ticketId,
      input.method === 'pickup' ? 'document_pickup_ready' : 'document_delivered',
      user.id,
      {
        method: input.method,
        ...(token ? { expiresAt: expires.toISOString() } : {}),
      },
    );
  });
  const version = (await ticketFor(user, ticketId)).version;
  await updateTicket(user, ticketId, { status: STATUS_AFTER[input.method] }, version);
  return documentRequestFor(user, ticketId);
}

/** What the tracking page shows of a document request. */
export async function documentForCitizen(ticketId: string) {
  const r = await db().documentRequest.findUnique({ where: { ticketId }, include: { documentType: true } });
  if (!r) return undefined;
  const pickup = await db().ticketEvent.findFirst({ where: { ticketId, type: 'document_pickup_ready' } });
  const appointment = await db().appointment.findFirst({
    where: { ticketId, status: { not: 'cancelled' }, service: { code: PICKUP_SERVICE } },
    orderBy: { startsAt: 'desc' },
  });
  return {
    nameNl: r.documentType.nameNl,
    nameEn: r.documentType.nameEn,
    delivery: r.delivery,
    deliveredAt: r.deliveredAt,
    downloadToken: r.downloadTokenEnc && r.downloadExpiresAt ? decryptSecret(r.downloadTokenEnc) : undefined,
    downloadExpiresAt: r.downloadExpiresAt,
    readyForPickup: r.delivery === 'pickup' && Boolean(pickup),
    pickupAppointment: appointment ? { code: appointment.code, startsAt: appointment.startsAt } : undefined,
  };
}

/** The product whose times are offered for picking a document up (the demo has it; a town may rename its label). */
export const PICKUP_SERVICE = 'afhalen';

/** The document behind a download link; an unknown link is 404, an expired one 410. */
export async function documentForDownload(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new NotFoundError('No document for this link.');
  const r = await db().documentRequest.findUnique({
    where: { downloadTokenHash: sha256Hex(token) },
    include: { documentAttachment: true },
  });
  if (!r || !r.documentAttachment || !r.downloadExpiresAt) throw new NotFoundError('No document for this link.');
  if (r.downloadExpiresAt.getTime() <= Date.now())
    throw new GoneError('This download link has expired. Ask for a new one through your case or call us.');
  const a = r.documentAttachment;
  return { filename: a.filename, contentType: a.contentType, size: a.size, open: () => blobStore().open(a.storageKey) };
}
