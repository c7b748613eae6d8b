/**
 * Dates and addresses seen in lines of a copy, with where: what a refusal lists when the copy
 * yields no publication date or original address, so the person importing can pick one.
 */
import { datesMentioned } from './dates';
import type { Sighting } from './draft';
import { readableLine } from './text';

export interface Sightings {
  dates: Sighting[];
  addresses: Sighting[];
}

// An address in running text; a picture's address is not the article's.
const ADDRESS = /https?:\/\/[^\s<>()[\]"'`]+/g;
const PICTURE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
const MAX_VALUE = 80;

function short(text: string): string {
  return text.length <= MAX_VALUE ? text : `${text.slice(0, MAX_VALUE - 1)}…`;
}

/** The sightings in `lines` at `indexes` (0-based; reported as 1-based line numbers). */
export function sightingsIn(lines: readonly string[], indexes: Iterable<number>): Sightings {
  const found: Sightings = { dates: [], addresses: [] };
  const seen = new Set<string>();
  for (const index of indexes) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    const where = `line ${index + 1}`;
    for (const { text, iso } of datesMentioned(line)) {
      if (seen.has(`d${iso}`)) continue;
      seen.add(`d${iso}`);
      found.dates.push({ value: short(text), iso, where });
    }
    for (const match of line.matchAll(ADDRESS)) {
      const address = match[0].replace(/[.,;:!?]+$/, '');
      if (PICTURE.test(address) || seen.has(address)) continue;
      seen.add(address);
      found.addresses.push({ value: address, where });
    }
  }
  return found;
}

/** Adds a labelled value (`Published Time: last week`) that did not read as what it names. */
export function labelledSighting(value: string, where: string, iso?: string): Sighting {
  return { value: short(value), where, ...(iso !== undefined && { iso }) };
}

// Where a refusal looks in a raw copy: the top of the copy (under any tool's block, whose dates
// say when the copy was made) and its last lines.
const DEPTH = 40;
const TAIL = 8;

/** The sightings in a raw copy: `start` where the copy begins, `headline` and `footer` its lines. */
export function copySightings(
  lines: readonly string[],
  start: number,
  headline: number,
  footer: number,
): Sightings {
  const indexes: number[] = [];
  const top = Math.min(lines.length, headline + DEPTH);
  for (let index = start; index < top; index++) indexes.push(index);
  for (let index = Math.max(top, Math.min(footer, lines.length) - TAIL); index < lines.length; index++)
    indexes.push(index);
  return sightingsIn(lines, indexes);
}
