/**
 * Dates as a source printed them. A copy may know only the day (`2025-07-01`), a wall-clock time
 * with no zone (`2025-07-01T10:45:00`), or an exact instant (`2025-07-01T10:45:00+03:00`); we keep
 * whichever it is instead of inventing a midnight in UTC.
 */

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface ParsedDate {
  /** Calendar date as written, `YYYY-MM-DD`. */
  date: string;
  /** Wall-clock time as written, `HH:MM` or `HH:MM:SS`, if any. */
  time?: string;
  /** UTC offset as written, normalised to `Z` or `±HH:MM`, if any. */
  offset?: string;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function normaliseOffset(raw: string): string {
  if (raw.toUpperCase() === 'Z') return 'Z';
  const sign = raw[0];
  const digits = raw.slice(1).replace(':', '');
  const hours = digits.slice(0, 2);
  const minutes = digits.slice(2, 4) || '00';
  return `${sign}${hours}:${minutes}`;
}

/** Parses an ISO 8601 date or date-time; returns `undefined` when it is not one. */
export function parseIsoDate(value: string): ParsedDate | undefined {
  const m = ISO_8601.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, , zone] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return undefined;
  const parsed: ParsedDate = { date: `${y}-${mo}-${d}` };
  if (h !== undefined && mi !== undefined) {
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
    parsed.time = s === undefined ? `${h}:${mi}` : `${h}:${mi}:${s}`;
    if (zone !== undefined) {
      const offset = normaliseOffset(zone);
      if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)) {
        return undefined;
      }
      parsed.offset = offset;
    }
  }
  return parsed;
}

/** The canonical ISO 8601 text of a parsed date, suitable for `<time datetime>`. */
export function formatIsoDate({ date, time, offset }: ParsedDate): string {
  if (time === undefined) return date;
  return `${date}T${time}${offset ?? ''}`;
}

/** Normalises a frontmatter date to canonical ISO 8601, or `undefined` when it is not one. */
export function normaliseDate(value: string): string | undefined {
  const parsed = parseIsoDate(value);
  return parsed && formatIsoDate(parsed);
}

/**
 * A sortable instant. Days count from their start in UTC and zone-less times are read as UTC:
 * good enough to order articles, never shown to readers.
 */
export function toTimestamp(iso: string): number {
  const parsed = parseIsoDate(iso);
  if (!parsed) return Number.NaN;
  const time = parsed.time ?? '00:00';
  return Date.parse(`${parsed.date}T${time}${parsed.offset ?? 'Z'}`);
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

// Each date is shown on several pages (the article, lists): formatted once. Days are few.
const formatted = new Map<string, string>();

/** The day as people write it ("July 1, 2025"): the calendar date the source printed. */
export function formatHumanDate(iso: string, locale = 'en-US'): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  const key = `${locale} ${parsed.date}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const format = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const text = format.format(new Date(`${parsed.date}T00:00:00Z`));
  formatted.set(key, text);
  return text;
}

/**
 * How much a date says: a day alone, a wall-clock time with no zone (local time where the
 * original was published), or an exact instant.
 */
export type DatePrecision = 'day' | 'local' | 'instant';

export function datePrecision(parsed: ParsedDate): DatePrecision {
  if (parsed.time === undefined) return 'day';
  return parsed.offset === undefined ? 'local' : 'instant';
}

export interface HumanDateTime {
  /** "November 4, 2026", or with the time "November 4, 2026 at 9:30 AM GMT+3". */
  text: string;
  precision: DatePrecision;
}

/**
 * The date and, when the source printed one, the time, as people read them. An instant is told
 * in its own zone (never the reader's or the build machine's): the copy's wall clock and offset.
 * A time without a zone is told without one; the caller marks it as local time.
 */
export function formatHumanDateTime(iso: string, locale = 'en-US'): HumanDateTime {
  const parsed = parseIsoDate(iso);
  if (!parsed) return { text: iso, precision: 'day' };
  const precision = datePrecision(parsed);
  if (parsed.time === undefined) return { text: formatHumanDate(iso, locale), precision };
  // The wall clock as written, read in UTC so that no zone moves it.
  const wallClock = new Date(`${parsed.date}T${parsed.time}Z`);
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  };
  if (parsed.offset !== undefined) {
    // Shown with its own offset: Intl reads `+03:00` as a zone ("GMT+3"); `Z` is "UTC".
    const zoned = parsed.offset === 'Z' ? {} : { timeZone: parsed.offset };
    const instant = new Date(`${parsed.date}T${parsed.time}${parsed.offset}`);
    const format = dateTimeFormat(locale, {
      ...options,
      ...zoned,
      timeZoneName: parsed.offset === 'Z' ? 'short' : 'shortOffset',
    });
    return { text: format.format(instant), precision };
  }
  return { text: dateTimeFormat(locale, options).format(wallClock), precision };
}
