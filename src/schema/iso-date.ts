import * as z from 'zod';

const ISO_PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealPeriod(value: string): boolean {
  const match = ISO_PERIOD.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

/** An ISO 8601 calendar year, month or day (`2019`, `2020-09`, `2020-06-10`) that exists. */
export const IsoPeriodSchema = z.string().refine(isRealPeriod, {
  message: 'Expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists',
});

/** An ISO 8601 calendar day (`2020-06-10`) that exists. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected an ISO 8601 day: YYYY-MM-DD' })
  .refine(isRealPeriod, { message: 'Expected a day that exists in the calendar' });
