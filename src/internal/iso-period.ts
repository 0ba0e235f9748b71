const ISO_PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The numbers of an ISO 8601 year, month or day; no month and no day for a year. */
export interface PeriodParts {
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
}

/**
 * The parts of an ISO 8601 year, month or day (`2019`, `2020-09`, `2020-06-10`) that exists in the
 * calendar; `undefined` for anything else, `2019-13` and `2019-02-30` too.
 */
export function periodParts(value: string): PeriodParts | undefined {
  const match = ISO_PERIOD.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const parts = {
    year: Number(year),
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  };
  // Stryker disable next-line ConditionalExpression: equivalent: a year's undefined month is outside neither bound below, and a year has no day
  if (parts.month === undefined) return parts;
  if (parts.month < 1 || parts.month > 12) return undefined;
  if (parts.day === undefined) return parts;
  const daysInMonth = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
  return parts.day >= 1 && parts.day <= daysInMonth ? parts : undefined;
}

/** Whether `value` is an ISO 8601 year, month or day that exists in the calendar. */
export const isRealPeriod = (value: string): boolean => periodParts(value) !== undefined;
