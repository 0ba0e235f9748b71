import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { periodParts } from './iso-period.js';

/**
 * Formats an ISO 8601 year, month or day in words of the locale through `Intl.DateTimeFormat`:
 * `2019` → "2019" / "2019年", `2020-06-10` → "June 10, 2020" / "2020年6月10日".
 */
export function formatPeriod(period: string, localeTag: string, name = 'period'): string {
  // A month or a day that does not exist (2019-13, 2019-02-30) is refused, not carried over.
  const parts = periodParts(period);
  if (parts === undefined) {
    throw new InvalidOptionError(
      name,
      `got ${JSON.stringify(period)}; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  const fields: Intl.DateTimeFormatOptions =
    parts.day !== undefined
      ? { dateStyle: 'long' }
      : parts.month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  const date = Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
  return new Intl.DateTimeFormat(localeTag, { ...fields, timeZone: 'UTC' }).format(date);
}
