import { InvalidOptionError } from '../errors/invalid-option-error.js';

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Formats an ISO 8601 year, month or day in words of the locale through `Intl.DateTimeFormat`:
 * `2019` → "2019" / "2019年", `2020-06-10` → "June 10, 2020" / "2020年6月10日".
 */
export function formatPeriod(period: string, localeTag: string, name = 'period'): string {
  const match = PERIOD.exec(period);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)))
    : undefined;
  if (!match || date === undefined || Number.isNaN(date.getTime())) {
    throw new InvalidOptionError(
      name,
      `got ${JSON.stringify(period)}; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  const fields: Intl.DateTimeFormatOptions =
    match[3] !== undefined
      ? { dateStyle: 'long' }
      : match[2] !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(localeTag, { ...fields, timeZone: 'UTC' }).format(date);
}
