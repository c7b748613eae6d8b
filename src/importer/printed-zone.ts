/**
 * A time stated with no zone (`2019-11-19 02:24:00` in a tool's block or a page's metadata) against
 * the time the page prints for the same moment (whole quarter-hours away, as zones are). Printed
 * with its zone (`Nov 18, 2019 at 9:24 pm ET` for `2019-11-19 02:24:00`), the printed one says
 * which instant it is; printed without one (`Nov. 19, 2019 5:53 PM` for `2019-11-20T01:53`), the
 * stated time is UTC and the printed one the page's own wall clock, the day a reader sees.
 * Otherwise the stated time stands.
 */
import { parseIsoDate } from '../lib/dates';

// How far a zone-less time may be from the page's wall clock (UTC−12 to UTC+14).
const MAX_ZONE_HOURS = 14;
const QUARTER_HOUR = 15 * 60_000;

export function againstPrinted(stated: string | undefined, shown: string | undefined): string | undefined {
  const a = stated === undefined ? undefined : parseIsoDate(stated);
  const b = shown === undefined ? undefined : parseIsoDate(shown);
  if (!a?.time || a.offset !== undefined || !b?.time) return stated;
  const minute = (time: string) => time.slice(0, 5);
  const gap = Math.abs(
    Date.parse(`${a.date}T${minute(a.time)}Z`) - Date.parse(`${b.date}T${minute(b.time)}${b.offset ?? 'Z'}`),
  );
  if (gap > MAX_ZONE_HOURS * 3_600_000) return stated;
  // Zones are whole quarter-hours apart: any other gap is another time, not the same one.
  if (gap % QUARTER_HOUR !== 0) return stated;
  return b.offset !== undefined || gap > 0 ? shown : stated;
}
