import { DateTime } from 'luxon';
import { db } from '../../src/db';
import { BusinessCalendar } from '../../src/routing/calendar';

export interface CounterWorld {
  locationId: string;
  deskIds: string[];
  serviceId: string;
  /** a working day at least a week ahead, not a public holiday (YYYY-MM-DD) */
  day: string;
}

/** A town hall with `desks` counters open 09:00–12:00 on weekdays that serve one product of 15 minutes. */
export async function counters(
  desks = 3,
  over: { code?: string; bufferMinutes?: number; reminderHoursBefore?: number } = {},
): Promise<CounterWorld> {
  const location = await db().location.create({
    data: { name: `Stadhuis ${Math.random().toString(36).slice(2, 8)}`, address: 'Grote Markt 1, 8500 Kortrijk' },
  });
  const service = await db().service.create({
    data: {
      code: over.code ?? `id-kaart-${Math.random().toString(36).slice(2, 8)}`,
      nameNl: 'Identiteitskaart',
      nameEn: 'Identity card',
      durationMinutes: 15,
      bufferMinutes: over.bufferMinutes ?? 0,
      documentsNl: ['Uw huidige identiteitskaart', 'Een recente pasfoto'],
      documentsEn: ['Your current identity card', 'A recent passport photo'],
      priceNote: '€ 25',
      minNoticeMinutes: 60,
      maxDaysAhead: 60,
      reminderHoursBefore: over.reminderHoursBefore ?? 24,
    },
  });
  const deskIds: string[] = [];
  for (let i = 1; i <= desks; i++) {
    const desk = await db().desk.create({
      data: { locationId: location.id, name: `Loket ${i}`, services: { create: { serviceId: service.id } } },
    });
    deskIds.push(desk.id);
  }
  await db().deskHours.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({ locationId: location.id, weekday, opens: '09:00', closes: '12:00' })),
  });
  const calendar = new BusinessCalendar({
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, opens: '09:00', closes: '12:00' })),
  });
  let d = DateTime.now().setZone('Europe/Brussels').plus({ days: 7 });
  while (calendar.blocksOn(d.toISODate()!).length === 0) d = d.plus({ days: 1 });
  return { locationId: location.id, deskIds, serviceId: service.id, day: d.toISODate()! };
}

/** "2026-12-01" + "10:00" → the ISO moment with its Brussels offset, as the availability lists it. */
export const at = (day: string, time: string) =>
  DateTime.fromISO(`${day}T${time}`, { zone: 'Europe/Brussels' }).toISO({ suppressMilliseconds: true })!;
