import { randomBytes } from 'node:crypto';
import { db } from '../../src/db';
import { seedDocumentTypes } from '../../src/demo/documents';
import { sha256Hex } from '../../src/shared/tokens';
import { makeDepartment } from '../support/factories';

/** A one-page PDF as a town's document system makes it (the content check reads the %PDF header). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
export const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  Buffer.alloc(40),
]);
/** 85.07.30-033.28: a valid number (97 - 850730033 mod 97 = 28) */
export const NRN = '85073003328';

/**
 * The demo's document types for Burgerzaken, and a town hall with the "afhalen" product on one desk open every day
 * around the clock (so a pick-up time is always offered), a kiosk there.
 */
export async function makeEloketWorld() {
  const department = await makeDepartment('Burgerzaken');
  await seedDocumentTypes(department.id);
  const location = await db().location.create({ data: { name: 'Stadhuis', address: 'Grote Markt 1' } });
  const service = await db().service.create({
    data: {
      code: 'afhalen',
      nameNl: 'Document afhalen',
      nameEn: 'Pick up a document',
      durationMinutes: 5,
      minNoticeMinutes: 0,
      queuePrefix: 'D',
      departmentId: department.id,
    },
  });
  const desk = await db().desk.create({
    data: { locationId: location.id, name: 'Loket 1', services: { create: [{ serviceId: service.id }] } },
  });
  await db().deskHours.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opens: '00:00',
      closes: '23:55',
      locationId: location.id,
    })),
  });
  const kioskToken = randomBytes(24).toString('hex');
  await db().device.create({
    data: { name: 'Zuil', kind: 'kiosk', locationId: location.id, tokenHash: sha256Hex(kioskToken) },
  });
  return { departmentId: department.id, locationId: location.id, serviceId: service.id, deskId: desk.id, kioskToken };
}

export const samenstelling = (over: Record<string, unknown> = {}) => ({
  documentType: 'samenstelling-van-het-gezin',
  answers: {
    forWhom: 'self',
    nationalRegisterNumber: '85.07.30-033.28',
    purpose: 'Kinderbijslag',
    documentLanguage: 'nl',
  },
  delivery: 'email',
  name: 'Marie Janssens',
  email: 'marie.janssens@example.be',
  language: 'nl',
  ...over,
});
