import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors/invalid-option-error.js';
import { formatPeriod } from '../../src/internal/format-period.js';
import { MONTHS } from '../support/months.js';

const pad = (n: number) => String(n).padStart(2, '0');

describe('formatPeriod', () => {
  it('writes a year, a month or a day in English and in Chinese', () => {
    expect(formatPeriod('2019', 'en')).toBe('2019');
    expect(formatPeriod('2019', 'zh-CN')).toBe('2019年');
    expect(formatPeriod('2020-06', 'en')).toBe('June 2020');
    expect(formatPeriod('2020-06', 'zh-CN')).toBe('2020年6月');
    expect(formatPeriod('2020-06-10', 'en')).toBe('June 10, 2020');
    expect(formatPeriod('2020-06-10', 'zh-CN')).toBe('2020年6月10日');
  });

  it('gives every day of every month its own date, whatever the time zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const iso = `${year}-${pad(month)}-${pad(day)}`;
          expect(formatPeriod(iso, 'en')).toBe(`${MONTHS[month - 1]} ${day}, ${year}`);
          expect(formatPeriod(iso, 'zh-CN')).toBe(`${year}年${month}月${day}日`);
          expect(formatPeriod(`${year}-${pad(month)}`, 'en')).toBe(`${MONTHS[month - 1]} ${year}`);
          expect(formatPeriod(`${year}`, 'zh-CN')).toBe(`${year}年`);
        },
      ),
    );
  });

  it.each([
    ...['', '19', '20190', '2019-6', '2019-06-1', '2019/06', ' 2019', '2019 ', 'June 2019'],
    // Of the right form, but not in the calendar: never carried over into the next month or year.
    ...['2019-00', '2019-13', '2019-06-00', '2019-06-31', '2019-02-29', '2020-02-30', '2019-12-32'],
  ])('rejects %j, naming the field and the forms it accepts', (period) => {
    expect(() => formatPeriod(period, 'en', 'policy.date')).toThrow(
      new InvalidOptionError(
        'policy.date',
        `got ${JSON.stringify(period)}; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD`,
      ),
    );
  });

  it('takes the last day of each month, and 29 February in a leap year', () => {
    expect(formatPeriod('2019-12-31', 'en')).toBe('December 31, 2019');
    expect(formatPeriod('2019-04-30', 'en')).toBe('April 30, 2019');
    expect(formatPeriod('2020-02-29', 'zh-CN')).toBe('2020年2月29日');
    expect(formatPeriod('2019-01', 'en')).toBe('January 2019');
    expect(formatPeriod('2019-12', 'en')).toBe('December 2019');
  });

  it('names the field "period" unless told otherwise', () => {
    expect(() => formatPeriod('x', 'en')).toThrow(
      'period: got "x"; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});
