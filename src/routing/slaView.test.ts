import { DateTime } from 'luxon';
import { BusinessCalendar } from './calendar';
import { BRUSSELS } from '../shared/dates';
import { slaView } from './sla';

// Monday to Friday 08:30-16:30 in Brussels
const calendar = new BusinessCalendar({
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, opens: '08:30', closes: '16:30' })),
});
const brussels = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: BRUSSELS }).toJSDate();
const open = {
  status: 'open' as const,
  firstResponseAt: null,
  firstResponseWarnAt: null,
  dueAt: null,
  resolutionWarnAt: null,
  resolvedAt: null,
};

test('a first-response deadline passed after closing time is late, not "0 minutes left"', () => {
  // due at 16:00, seen at 20:00: only 30 business minutes lie between, and at 16:45 none at all
  const view = slaView(
    { ...open, firstResponseDueAt: brussels('2026-12-03 16:00') },
    calendar,
    brussels('2026-12-03 20:00'),
  );
  expect(view.state).toBe('breached');
  expect(view.firstResponseMinutesLeft).toBe(-30);
  const dueAtClosing = slaView(
    { ...open, firstResponseDueAt: brussels('2026-12-03 16:30') },
    calendar,
    brussels('2026-12-03 20:00'),
  );
  expect(dueAtClosing.state).toBe('breached');
  expect(dueAtClosing.firstResponseMinutesLeft).toBeLessThan(0);
});

test('a deadline still ahead counts the business minutes to it', () => {
  const view = slaView(
    { ...open, firstResponseDueAt: brussels('2026-12-04 09:30') },
    calendar,
    brussels('2026-12-03 20:00'),
  );
  expect(view.firstResponseMinutesLeft).toBe(60);
  expect(view.state).toBe('ok');
});
