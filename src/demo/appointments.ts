import { DateTime } from 'luxon';
import { db } from '../db';
import { randomToken, sha256Hex } from '../shared/tokens';
import { encryptSecret } from '../shared/secretBox';
import { newAppointmentCode } from '../appointments/booking';
import { availability } from '../appointments/availability';
import { agendasFor } from '../appointments/agenda';
import { DEMO_DEVICES } from './data';

/** The counters of the demo town hall: what can be booked, where, when; a few bookings in the coming days. */
export const DEMO_SERVICES = [
  {
    code: 'identiteitskaart',
    nameNl: 'Identiteitskaart (eID)',
    nameEn: 'Identity card (eID)',
    durationMinutes: 15,
    bufferMinutes: 5,
    documentsNl: ['Uw huidige identiteitskaart', 'De oproepingsbrief (als u die kreeg)'],
    documentsEn: ['Your current identity card', 'The invitation letter (if you received one)'],
    priceNote: '€ 25, te betalen met bancontact',
    queuePrefix: 'A',
  },
  {
    code: 'kids-id',
    nameNl: 'Kids-ID',
    nameEn: 'Kids-ID',
    durationMinutes: 10,
    bufferMinutes: 5,
    documentsNl: ['Het kind zelf (vanaf 6 jaar)', 'Een recente pasfoto', 'Toestemming van een ouder'],
    documentsEn: ['The child (from 6 years)', 'A recent passport photo', 'Consent of a parent'],
    priceNote: '€ 8',
    queuePrefix: 'A',
  },
  {
    code: 'paspoort',
    nameNl: 'Reispas',
    nameEn: 'Passport',
    durationMinutes: 20,
    bufferMinutes: 5,
    documentsNl: ['Uw identiteitskaart', 'Uw vorige reispas'],
    documentsEn: ['Your identity card', 'Your previous passport'],
    priceNote: '€ 75 (spoedprocedure € 250)',
    queuePrefix: 'P',
  },
  {
    code: 'rijbewijs',
    nameNl: 'Rijbewijs',
    nameEn: 'Driving licence',
    durationMinutes: 15,
    bufferMinutes: 0,
    documentsNl: ['Uw identiteitskaart', 'Uw slaagbewijs of huidige rijbewijs', 'Een recente pasfoto'],
    documentsEn: ['Your identity card', 'Your certificate or current licence', 'A recent passport photo'],
    priceNote: '€ 25',
    queuePrefix: 'R',
  },
  {
    code: 'strafregister',
    nameNl: 'Uittreksel uit het strafregister',
    nameEn: 'Extract from the criminal record',
    durationMinutes: 10,
    bufferMinutes: 0,
    documentsNl: ['Uw identiteitskaart'],
    documentsEn: ['Your identity card'],
    priceNote: 'Gratis',
    queuePrefix: 'S',
  },
  {
    // picking up a document requested at the e-loket: the tracking page offers these times
    code: 'afhalen',
    nameNl: 'Document afhalen',
    nameEn: 'Pick up a document',
    durationMinutes: 5,
    bufferMinutes: 0,
    documentsNl: ['Uw identiteitskaart', 'De referentie van uw aanvraag'],
    documentsEn: ['Your identity card', 'The reference of your request'],
    priceNote: 'Te betalen bij het afhalen, zie uw aanvraag',
    minNoticeMinutes: 60,
    queuePrefix: 'D',
  },
];

export async function seedAppointments(burgerzakenId: string | undefined): Promise<void> {
  const location = await db().location.create({ data: { name: 'Stadhuis', address: 'Grote Markt 1, 8500 Voordeur' } });
  await db().device.createMany({
    data: [
      { name: 'Onthaalzuil inkom', kind: 'kiosk', locationId: location.id, tokenHash: sha256Hex(DEMO_DEVICES.kiosk) },
      { name: 'Scherm wachtzaal', kind: 'screen', locationId: location.id, tokenHash: sha256Hex(DEMO_DEVICES.screen) },
    ],
  });
  const services = new Map<string, string>();
  for (const s of DEMO_SERVICES)
    services.set(s.code, (await db().service.create({ data: { ...s, departmentId: burgerzakenId } })).id);
  const all = [...services.values()];
  const desks = [
    { name: 'Loket 1', services: all },
    { name: 'Loket 2', services: all },
    { name: 'Loket 3', services: ['identiteitskaart', 'kids-id', 'paspoort'].map((c) => services.get(c)!) },
    { name: 'Loket 4', services: ['rijbewijs', 'strafregister'].map((c) => services.get(c)!) },
  ];
  for (const d of desks)
    await db().desk.create({
      data: {
        locationId: location.id,
        name: d.name,
        services: { create: d.services.map((serviceId) => ({ serviceId })) },
      },
    });
  // mornings by appointment, Monday and Wednesday afternoons too; Tuesday morning open without appointment
  const hours = [
    ...[1, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '12:00', kind: 'appointments' as const })),
    ...[1, 3].map((weekday) => ({ weekday, opens: '13:30', closes: '16:00', kind: 'appointments' as const })),
    { weekday: 2, opens: '08:30', closes: '12:00', kind: 'walk_in' as const },
    { weekday: 2, opens: '16:00', closes: '19:00', kind: 'appointments' as const },
  ];
  await db().deskHours.createMany({ data: hours.map((h) => ({ ...h, locationId: location.id })) });
  const christmasEve = DateTime.fromISO(`${DateTime.now().year}-12-24T12:00`, { zone: 'Europe/Brussels' });
  await db().deskClosure.create({
    data: {
      locationId: location.id,
      startsAt: christmasEve.toJSDate(),
      endsAt: christmasEve.set({ hour: 23, minute: 59 }).toJSDate(),
      reason: 'Kerstavond: namiddag gesloten',
    },
  });

  // a dozen bookings over the next days, on real free slots
  const names = ['Marie Janssens', 'Koen De Smet', 'Fatima El Amrani', 'Tom Mertens', 'Sarah Willems', 'Ahmed Benali'];
  const from = DateTime.now().setZone('Europe/Brussels').plus({ days: 1 }).toISODate()!;
  const to = DateTime.now().setZone('Europe/Brussels').plus({ days: 10 }).toISODate()!;
  let n = 0;
  for (const code of ['identiteitskaart', 'paspoort', 'rijbewijs']) {
    const service = await db().service.findUniqueOrThrow({ where: { code } });
    const agendas = await agendasFor(service.id, from, to);
    const slots = availability(service, agendas, from, to, new Date());
    for (const slot of slots.filter((_, i) => i % 7 === 3).slice(0, 4)) {
      const token = randomToken();
      const end = new Date(slot.start.getTime() + service.durationMinutes * 60_000);
      const desk = agendas.find((a) => a.deskId === slot.deskIds[0])!;
      await db().appointment.create({
        data: {
          code: newAppointmentCode(),
          serviceId: service.id,
          deskId: desk.deskId,
          locationId: desk.locationId,
          startsAt: slot.start,
          endsAt: end,
          blockedUntil: new Date(end.getTime() + service.bufferMinutes * 60_000),
          channel: n % 3 === 0 ? 'phone' : 'online',
          name: names[n % names.length],
          email: `${names[n % names.length].toLowerCase().replace(/[^a-z]+/g, '.')}@example.be`,
          manageTokenHash: sha256Hex(token),
          manageTokenEnc: encryptSecret(token),
        },
      });
      n++;
    }
  }
}
