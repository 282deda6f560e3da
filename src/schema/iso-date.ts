/**
 * ISO 8601 dates at the precision they are known: a year, a month, a day, or a full timestamp with
 * its offset. Used to validate dates wherever they enter the archive.
 */
import type { DatePrecision } from './article.ts';

/** Precision of an ISO 8601 date string as written, or null when it is not one. */
export function isoPrecision(value: string): Exclude<DatePrecision, 'unknown'> | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'month';
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return Number.isNaN(Date.parse(value)) ? null : 'datetime';
  }
  return null;
}
