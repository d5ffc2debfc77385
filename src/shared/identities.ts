import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/** Phone numbers are kept in E.164; a number without country code is read as Belgian. */
export function normalizePhone(input: string): string | undefined {
  const phone = parsePhoneNumberFromString(input.trim(), 'BE');
  return phone && phone.isValid() ? phone.number : undefined;
}

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

export const EmailField = z
  .string()
  .trim()
  .max(254, 'This email address is too long.')
  .pipe(z.email('This is not a valid email address (example: naam@voorbeeld.be).'))
  .transform(normalizeEmail);

export const PhoneField = z
  .string()
  .trim()
  .max(40, 'This phone number is too long.')
  .transform((v, ctx) => {
    const phone = normalizePhone(v);
    if (!phone) {
      ctx.addIssue({
        code: 'custom',
        message: 'This is not a valid phone number (example: 0470 12 34 56 or +32 470 12 34 56).',
      });
      return z.NEVER;
    }
    return phone;
  });
