/**
 * Frontmatter dates for machines. A copy gives a day (`2026-11-04`), a local time with no zone
 * (`2026-11-04T09:30`) or an exact instant (`2026-11-04T09:30+03:00`); each format says what
 * the copy says as far as its grammar allows, and no zone is invented (docs/sharing.md, "Dates"):
 *
 * - Open Graph and JSON-LD take ISO 8601 dates and date-times with or without a zone: the copy's
 *   own precision (`isoDate`).
 * - The sitemap's `lastmod` (W3C Datetime) takes a date alone but no time without a zone: the
 *   day, unless the copy gives an instant (`w3cDatetime`).
 * - RSS (RFC 822) and JSON Feed (RFC 3339) need an instant. Where the copy has none they use the
 *   "no zone information" offset those RFCs define, `-0000` / `-00:00`, with the wall-clock time
 *   as written, and noon for a day alone (`rfc822Date`, `rfc3339Date`).
 */
import { parseIsoDate, type ParsedDate } from '../dates';

const NO_ZONE = '-00:00';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function withSeconds(time: string): string {
  return time.length === 5 ? `${time}:00` : time;
}

/** ISO 8601 as precise as the copy: `2026-11-04`, `2026-11-04T09:30:00`, `2026-11-04T09:30:00+03:00`. */
export function isoDate(value: string): string | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed) return undefined;
  if (parsed.time === undefined) return parsed.date;
  return `${parsed.date}T${withSeconds(parsed.time)}${parsed.offset ?? ''}`;
}

/** W3C Datetime for a sitemap: the full instant when the copy gives one, else the day. */
export function w3cDatetime(value: string): string | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed) return undefined;
  return parsed.offset === undefined ? parsed.date : isoDate(value);
}

/** The copy's date as an instant on its own wall clock, with `-00:00` when it names no zone. */
function instantParts(value: string): Required<ParsedDate> | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed) return undefined;
  if (parsed.time === undefined) return { date: parsed.date, time: '12:00:00', offset: NO_ZONE };
  return { date: parsed.date, time: withSeconds(parsed.time), offset: parsed.offset ?? NO_ZONE };
}

/** RFC 3339 (JSON Feed): `2026-11-04T09:30:00+03:00`, or `…T09:30:00-00:00` without a zone. */
export function rfc3339Date(value: string): string | undefined {
  const parts = instantParts(value);
  return parts && `${parts.date}T${parts.time}${parts.offset}`;
}

/** RFC 822 (RSS `pubDate`): `Wed, 04 Nov 2026 09:30:00 +0300`, or `-0000` without a zone. */
export function rfc822Date(value: string): string | undefined {
  const parts = instantParts(value);
  if (!parts) return undefined;
  const [year, month, day] = parts.date.split('-').map(Number) as [number, number, number];
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const zone = parts.offset === 'Z' ? '+0000' : parts.offset.replace(':', '');
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} ${parts.time} ${zone}`;
}
