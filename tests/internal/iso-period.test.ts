import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealPeriod, periodParts } from '../../src/internal/iso-period.js';
import { IsoDaySchema, IsoPeriodSchema } from '../../src/schema/iso-date.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('periodParts', () => {
  it('gives the numbers of a year, a month and a day', () => {
    expect(periodParts('2019')).toEqual({ year: 2019, month: undefined, day: undefined });
    expect(periodParts('0999-01')).toEqual({ year: 999, month: 1, day: undefined });
    expect(periodParts('2020-12-31')).toEqual({ year: 2020, month: 12, day: 31 });
  });

  it.each(['', '19', '2019-1', '2019-01-1', '2019-01-01T00', 'x2019', '2019-00', '2019-13'])(
    'has none for %j',
    (value) => {
      expect(periodParts(value)).toBeUndefined();
      expect(isRealPeriod(value)).toBe(false);
    },
  );

  it('takes a day exactly when the calendar has it (the last of each month, 29 February)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          // The calendar's answer: a date that Date does not carry over into the next month.
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const exists = day >= 1 && date.getUTCMonth() === month - 1;
          expect(isRealPeriod(iso)).toBe(exists);
          expect(IsoPeriodSchema.safeParse(iso).success).toBe(exists);
          expect(IsoDaySchema.safeParse(iso).success).toBe(exists);
        },
      ),
      {
        examples: [
          [2020, 2, 29],
          [2019, 2, 29],
          [1900, 2, 29],
          [2000, 2, 29],
          [2019, 4, 31],
        ],
      },
    );
  });
});
