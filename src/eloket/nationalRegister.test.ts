import { formatNationalRegister, normaliseNationalRegister } from './nationalRegister';

test('a number of someone born before 2000 checks against the nine digits', () => {
  // 85073003328: 97 - (850730033 mod 97) = 28
  expect(normaliseNationalRegister('85.07.30-033.28')).toBe('85073003328');
  expect(normaliseNationalRegister('85073003329')).toBeUndefined();
});

test('a number of someone born from 2000 checks against 2 followed by the nine digits', () => {
  // 2 + 170101001: 97 - (2170101001 mod 97)
  const base = '170101001';
  const check = String(97 - (Number(`2${base}`) % 97)).padStart(2, '0');
  expect(normaliseNationalRegister(`${base}${check}`)).toBe(`${base}${check}`);
  const old = String(97 - (Number(base) % 97)).padStart(2, '0');
  expect(old).not.toBe(check);
});

test('letters, short numbers and wrong check digits are refused', () => {
  expect(normaliseNationalRegister('8507300332')).toBeUndefined();
  expect(normaliseNationalRegister('85O73003328')).toBeUndefined();
  expect(normaliseNationalRegister('')).toBeUndefined();
});

test('printed the way the card does', () => {
  expect(formatNationalRegister('85073003328')).toBe('85.07.30-033.28');
});
