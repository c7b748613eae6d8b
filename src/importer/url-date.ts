/**
 * The day many news sites put in an article's address (`/2025/07/01/kim-…`, `/2026-03-04/`,
 * `/20260304/`): the last resort for `published` when the copy prints no date.
 */
import { normaliseDate } from '../lib/dates';

const DAY_IN_PATH = /(?:^|[/_-])((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/;

/** The day in `url`'s path (`YYYY-MM-DD`), or `undefined`. */
export function dateInUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const m = DAY_IN_PATH.exec(new URL(url).pathname);
  if (!m) return undefined;
  return normaliseDate(`${m[1]}-${m[3]}-${m[4]}`);
}
