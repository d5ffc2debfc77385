import { countSmsSegments, isGsm7 } from './smsSegments';

describe('SMS segment count', () => {
  test('plain Dutch with accents of the GSM alphabet is GSM-7, one message up to 160 characters', () => {
    expect(isGsm7('Beste Marie, uw aanvraag is goedgekeurd. Tot ziens!')).toBe(true);
    expect(countSmsSegments('a'.repeat(160))).toMatchObject({
      encoding: 'GSM-7',
      units: 160,
      segments: 1,
      perSegment: 160,
    });
    expect(countSmsSegments('é'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  test('161 GSM characters take two parts of at most 153; 306 still two, 307 three', () => {
    expect(countSmsSegments('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153 });
    expect(countSmsSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSmsSegments('a'.repeat(307)).segments).toBe(3);
  });

  test('extension characters (€, [, ], {, }, ~, ^, |, \\) cost two septets each', () => {
    expect(countSmsSegments('€ 10')).toMatchObject({ encoding: 'GSM-7', characters: 4, units: 5 });
    expect(countSmsSegments('€'.repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(countSmsSegments('€'.repeat(81))).toMatchObject({ units: 162, segments: 2 });
    expect(countSmsSegments('[]{}~^|\\').units).toBe(16);
  });

  test('an extension character is never split across two parts', () => {
    // 152 septets then €: 154 would not fit in the first part of 153, so the € starts the second
    expect(countSmsSegments('a'.repeat(152) + '€' + 'a'.repeat(152)).segments).toBe(3);
    expect(countSmsSegments('a'.repeat(151) + '€' + 'a'.repeat(153)).segments).toBe(2);
  });

  test('one character outside the GSM alphabet (ë, ’, an emoji) makes the whole text UCS-2: 70, then parts of 67', () => {
    expect(countSmsSegments('Tot ziens, Zoë')).toMatchObject({ encoding: 'UCS-2' });
    expect(countSmsSegments('’'.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1, perSegment: 70 });
    expect(countSmsSegments('’'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67 });
    expect(countSmsSegments('’'.repeat(134)).segments).toBe(2);
    expect(countSmsSegments('’'.repeat(135)).segments).toBe(3);
  });

  test('an emoji counts as one character but two UCS-2 units, and is not split', () => {
    expect(countSmsSegments('👍')).toMatchObject({ encoding: 'UCS-2', characters: 1, units: 2, segments: 1 });
    expect(countSmsSegments('a'.repeat(66) + '👍' + 'a'.repeat(66)).segments).toBe(3);
  });

  test('an empty text is no message', () => {
    expect(countSmsSegments('')).toMatchObject({ segments: 0, units: 0 });
  });
});
