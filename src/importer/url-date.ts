/**
 * The day many news sites put in an article's address (`/2025/07/01/kim-…`, `/2026-03-04/`,
 * `/20260304/`, `/2025/jan/24/`): the last resort for `published` when the copy prints no date.
 */
import { normaliseDate } from '../lib/dates';

const DAY_IN_PATH = /(?:^|[/_-])((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_WITH_MONTH_NAME = new RegExp(
  `/((?:19|20)\\d{2})/(${MONTHS.join('|')})/(0[1-9]|[12]\\d|3[01])/`,
  'i',
);

/** The day in `url`'s path (`YYYY-MM-DD`), or `undefined`. */
export function dateInUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const path = new URL(url).pathname;
  const m = DAY_IN_PATH.exec(path);
  if (m) return normaliseDate(`${m[1]}-${m[3]}-${m[4]}`);
  const named = DAY_WITH_MONTH_NAME.exec(path);
  const month = named?.[2] && MONTHS.indexOf(named[2].toLowerCase()) + 1;
  return named && month
    ? normaliseDate(`${named[1]}-${String(month).padStart(2, '0')}-${named[3]}`)
    : undefined;
}
