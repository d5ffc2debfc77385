import { PublicTicketBody } from './schema';

test('every problem with the contact form is reported in one round, "email or phone" included', () => {
  const result = PublicTicketBody.safeParse({ subject: '', message: '', email: '', phone: '', latitude: '51' });
  expect(result.success).toBe(false);
  const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
  expect(byField).toEqual({
    subject: 'Enter a subject.',
    message: 'Enter your message.',
    email: 'Give an email address or a phone number so that we can answer you.',
    longitude: 'Give both latitude and longitude, or neither.',
  });
});

test('a wrong email address is one problem, not also "give an email or a phone"', () => {
  const result = PublicTicketBody.safeParse({ subject: 'Lamp', message: 'Kapot', email: 'geen-adres' });
  expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['email']);
});
