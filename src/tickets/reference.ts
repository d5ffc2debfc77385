import { randomInt } from 'node:crypto';

// Damm's quasigroup: its check digit catches every single wrong digit and every swap of two
// neighbouring digits, the two mistakes people make when reading a reference out or keying it in.
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

export const REFERENCE_PREFIX = 'VD';
const DIGITS = 8;

function dammInterim(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim][ch.charCodeAt(0) - 48];
  return interim;
}

/** A reference such as VD-4821-9377: seven random digits and a Damm check digit. */
export function newReference(): string {
  const body = String(randomInt(0, 10 ** (DIGITS - 1))).padStart(DIGITS - 1, '0');
  const digits = body + String(dammInterim(body));
  return `${REFERENCE_PREFIX}-${digits.slice(0, 4)}-${digits.slice(4)}`;
}

/** The digits of a reference as typed on a keypad or read from a subject, or undefined when they fail the check. */
export function parseReference(input: string): string | undefined {
  const digits = input.replace(new RegExp(`^\\s*${REFERENCE_PREFIX}`, 'i'), '').replace(/[\s\-.]/g, '');
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(digits) || dammInterim(digits) !== 0) return undefined;
  return `${REFERENCE_PREFIX}-${digits.slice(0, 4)}-${digits.slice(4)}`;
}
