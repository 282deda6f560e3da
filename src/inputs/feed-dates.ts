/**
 * Feed dates (RSS's RFC 822 `pubDate`, Atom's RFC 3339 `published`) in WordPress' form: the
 * site-local time without an offset and the same instant in UTC, the pair the WordPress cleaner
 * turns back into a timestamp with its offset. The offset is read off the text, never assumed.
 */

/** Offsets of the time-zone names RFC 822 allows besides numeric ones, in minutes. */
const ZONES: Readonly<Record<string, number>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** A WordPress date pair: `date` site-local, `date_gmt` in UTC, both `YYYY-MM-DDTHH:MM:SS`. */
export interface WordPressDates {
  readonly date: string;
  readonly date_gmt?: string;
}

/** The offset a date text ends with, in minutes, or null when it names none. */
function statedOffset(text: string): number | null {
  const numeric = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const name = /(?:^|[\d\s])([A-Z]{1,3})$/.exec(text)?.[1];
  return name === undefined ? null : (ZONES[name] ?? null);
}

const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/** The WordPress date pair of a feed's date text; only `date` (at midnight) for a bare day, so
 * the cleaner keeps its day precision; null for a text that is no date. */
export function wordPressDates(text: string | null): WordPressDates | null {
  const trimmed = text?.trim() ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    return Number.isNaN(Date.parse(trimmed)) ? null : { date: `${trimmed}T00:00:00` };
  }
  const instant = Date.parse(trimmed);
  const offset = statedOffset(trimmed);
  if (Number.isNaN(instant) || offset === null || Math.abs(offset) > 14 * 60) return null;
  if (Math.abs(instant) > 8.64e15 - 14 * 3_600_000) return null;
  return { date: stamp(instant + offset * 60_000), date_gmt: stamp(instant) };
}
