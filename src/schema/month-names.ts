/**
 * English month names, January first, spelled out here rather than by `Intl` so every machine
 * prints the same words. Shared by the site's date display and the benchmark's generated inputs.
 */

/** The twelve month names in calendar order: index 0 is January, index 11 is December. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
