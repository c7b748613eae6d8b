/**
 * Dates for protocols that demand an instant with a time zone (Open Graph `article:*_time`,
 * JSON-LD, feeds, the sitemap). Our dates keep what the source printed, which may be less.
 */
import { parseIsoDate } from '../dates';

/**
 * An ISO 8601 date-time with a zone for a frontmatter date, or `undefined` when it is not one.
 * - An exact instant is kept as written (`2025-07-01T10:45:00+03:00`).
 * - A wall-clock time with no zone is read as UTC, as the site sorts it (`…T10:45:00Z`).
 * - A day alone becomes noon UTC of that day (`2025-07-01T12:00:00Z`): it names the same
 *   calendar day in every zone from UTC−11 to UTC+11, where midnight UTC would show the day
 *   before in the Americas.
 */
export function zonedInstant(value: string): string | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed) return undefined;
  const time = parsed.time ?? '12:00';
  const seconds = time.length === 5 ? `${time}:00` : time;
  return `${parsed.date}T${seconds}${parsed.offset ?? 'Z'}`;
}

/** The same instant as `zonedInstant`, as a `Date` (for RFC 822 dates in RSS). */
export function instantDate(value: string): Date | undefined {
  const iso = zonedInstant(value);
  return iso === undefined ? undefined : new Date(iso);
}
