import { locate, percentileCont, percentileRows } from './percentile';

test('percentile_cont(0.9) as PostgreSQL computes it: rows at floor and ceil of 0.9·(n − 1), interpolated', () => {
  // the report fixture's first-response hours of Burgerzaken (2, 4, 6): PostgreSQL gives 5.6
  const values = [2, 4, 6];
  expect(percentileCont(0.9, 3, (i) => values[i])).toBeCloseTo(5.6, 12);
  expect(percentileRows(0.9, 3)).toEqual([1, 2]);
  // one value, and n − 1 a multiple of ten (one row only)
  expect(percentileCont(0.9, 1, () => 7)).toBe(7);
  expect(percentileRows(0.9, 11)).toEqual([9, 9]);
  expect(percentileCont(0.9, 0, () => 1)).toBeNull();
});

test('a row is settled by its hour when it is the hour’s only value, its lowest or its highest; otherwise looked up', () => {
  const buckets = [
    { hour: 0, tickets: 2, min: 0.5, max: 0.5 },
    { hour: 3, tickets: 4, min: 3.1, max: 3.9 },
  ];
  expect(locate(buckets, 1)).toEqual({ value: 0.5 });
  expect(locate(buckets, 2)).toEqual({ value: 3.1 });
  expect(locate(buckets, 5)).toEqual({ value: 3.9 });
  expect(locate(buckets, 3)).toEqual({ bucket: buckets[1], offset: 1 });
  expect(() => locate(buckets, 6)).toThrow();
});
