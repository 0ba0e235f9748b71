import * as z from 'zod';
import { isRealPeriod } from '../internal/iso-period.js';

/** An ISO 8601 calendar year, month or day (`2019`, `2020-09`, `2020-06-10`) that exists. */
export const IsoPeriodSchema = z.string().refine(isRealPeriod, {
  message: 'Expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists',
});

/** An ISO 8601 calendar day (`2020-06-10`) that exists. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected an ISO 8601 day: YYYY-MM-DD' })
  .refine(isRealPeriod, { message: 'Expected a day that exists in the calendar' });
