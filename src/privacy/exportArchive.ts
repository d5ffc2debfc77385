import { ZipFile } from 'yazl';
import type { Readable } from 'node:stream';
import { db } from '../db';
import { blobStore } from '../attachments/storage';
import { inWrittenOrder } from '../tickets/timeline';
import { NotFoundError } from '../shared/errors';

/**
 * Everything held about one person, as one ZIP: person.json (the person, their addresses and numbers,
 * every ticket with its messages, timeline and the notifications sent to them) and their attachments.
 */
export async function exportContact(contactId: string): Promise<{ filename: string; stream: Readable }> {
  const contact = await db().contact.findUnique({
    where: { id: contactId },
    include: {
      identities: true,
      tickets: {
        include: {
          messages: { orderBy: { createdAt: 'asc' }, include: { attachments: true } },
          events: { orderBy: inWrittenOrder({ createdAt: 'asc' }) },
          notifications: { orderBy: { createdAt: 'asc' } },
          category: { select: { nameNl: true } },
          department: { select: { name: true } },
        },
      },
    },
  });
  if (!contact) throw new NotFoundError('No such contact.');
  const zip = new ZipFile();
  const files: { path: string; storageKey: string }[] = [];
  const document = {
    exportedAt: new Date().toISOString(),
    format: 'voordeur-person-export/1',
    person: {
      id: contact.id,
      name: contact.name,
      language: contact.language,
      preferredChannel: contact.preferredChannel,
      createdAt: contact.createdAt,
    },
    identities: contact.identities.map((i) => ({
      kind: i.kind,
      value: i.value,
      since: i.createdAt,
      bouncedAt: i.bouncedAt,
    })),
    tickets: contact.tickets.map((t) => ({
      reference: t.reference,
      subject: t.subject,
      status: t.status,
      channel: t.channel,
      category: t.category?.nameNl ?? null,
      department: t.department?.name ?? null,
      address: t.address,
      latitude: t.latitude,
      longitude: t.longitude,
      createdAt: t.createdAt,
      resolvedAt: t.resolvedAt,
      closedAt: t.closedAt,
      messages: t.messages.map((m) => ({
        at: m.createdAt,
        direction: m.direction,
        channel: m.channel,
        text: m.bodyText,
        attachments: m.attachments.map((a) => {
          const path = `attachments/${a.id}-${a.filename}`;
          files.push({ path, storageKey: a.storageKey });
          return { file: path, contentType: a.contentType, size: a.size, sha256: a.sha256 };
        }),
      })),
      timeline: t.events.map((e) => ({ at: e.createdAt, type: e.type, data: e.data })),
      notificationsSent: t.notifications.map((n) => ({
        at: n.createdAt,
        channel: n.channel,
        to: n.recipient,
        subject: n.subject,
        text: n.bodyText,
        status: n.status,
      })),
    })),
  };
  zip.addBuffer(Buffer.from(JSON.stringify(document, null, 2)), 'person.json');
  // opened one at a time, as the ZIP reaches each file: a person with many files holds one connection to the store
  for (const f of files)
    zip.addReadStreamLazy(f.path, (done) => {
      blobStore()
        .open(f.storageKey)
        .then(
          (stream) => done(null, stream),
          (err: unknown) => done(err, undefined as unknown as Readable),
        );
    });
  zip.end();
  return { filename: `voordeur-export-${contact.id}.zip`, stream: zip.outputStream as unknown as Readable };
}
