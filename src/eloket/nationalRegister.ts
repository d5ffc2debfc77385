/**
 * A Belgian national-register number (rijksregisternummer): 11 digits, YYMMDD, a serial and two check digits that
 * are 97 minus the first nine digits modulo 97; for people born from 2000 the digit 2 is put before those nine.
 * Dots, dashes and spaces as printed on the identity card (85.07.30-033.28) are allowed.
 */
export function normaliseNationalRegister(value: string): string | undefined {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(digits)) return undefined;
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const before2000 = 97 - (Number(base) % 97);
  const from2000 = 97 - (Number(`2${base}`) % 97);
  return check === before2000 || check === from2000 ? digits : undefined;
}

/** 85.07.30-033.28: how the card prints it, for staff reading it out. */
export function formatNationalRegister(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}
