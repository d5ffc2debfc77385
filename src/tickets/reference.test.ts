import { newReference, parseReference } from './reference';

describe('ticket references', () => {
  test('look like VD-4821-9377 and are read back, also keyed without dashes or prefix', () => {
    for (let i = 0; i < 1000; i++) {
      const ref = newReference();
      expect(ref).toMatch(/^VD-\d{4}-\d{4}$/);
      expect(parseReference(ref)).toBe(ref);
      expect(parseReference(ref.slice(3).replace('-', ''))).toBe(ref);
      expect(parseReference(ref.toLowerCase().replace(/-/g, ' '))).toBe(ref);
    }
  });

  test('every single mistyped digit is caught', () => {
    for (let i = 0; i < 200; i++) {
      const digits = newReference().replace(/\D/g, '');
      for (let pos = 0; pos < 8; pos++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === digits[pos]) continue;
          expect(parseReference(digits.slice(0, pos) + d + digits.slice(pos + 1))).toBeUndefined();
        }
      }
    }
  });

  test('every swap of two neighbouring different digits is caught', () => {
    for (let i = 0; i < 500; i++) {
      const digits = newReference().replace(/\D/g, '');
      for (let pos = 0; pos < 7; pos++) {
        if (digits[pos] === digits[pos + 1]) continue;
        const swapped = digits.slice(0, pos) + digits[pos + 1] + digits[pos] + digits.slice(pos + 2);
        expect(parseReference(swapped)).toBeUndefined();
      }
    }
  });

  test('anything else is not a reference', () => {
    expect(parseReference('VD-1234-567')).toBeUndefined();
    expect(parseReference('hello')).toBeUndefined();
    expect(parseReference('')).toBeUndefined();
  });
});
