/**
 * The byline and date of a copy that prints them a few lines under its headline, past a dek, a
 * photo caption or page chrome (`by` / `Daniel Thomas` / `27/02/2026`; `Rudroneel Ghosh |`;
 * `Published On 27 Feb 2026` under a caption; `Sam Meredith` under `Published Fri, Feb 27 2026`).
 * Read only when the lines right under the headline gave no date, and only from lines that are
 * nothing but a byline or a date; a name printed without "By" counts only next to a date.
 */
import { parseByline, parseNames } from './byline';
import { parseDateLine } from './dates';
import { isBareName, parseHeaderLine, type HeaderFields } from './header-line';
import { readableLine, unwrapEmphasis } from './text';

export interface HeaderWindow {
  fields: HeaderFields;
  /** The lines read as header lines, to leave out of the body. */
  used: number[];
  /** The line right under the headline, when it stands above the header lines it introduces. */
  dek?: { index: number; text: string };
}

// How many lines under the headline are looked at, and how much story ends the look.
const MAX_LINES = 12;
const MAX_PROSE_LINES = 3;
const PROSE = 80;
const MAX_DEK = 300;
// `by` alone on its line, the name on the next.
const BY_ALONE = /^(?:by|par|von|por|di|door|av|af|text|texto|texte)$/i;
// Separators a page prints between header items and a copy keeps at the ends of lines.
const EDGES = /^[\s|·•/—–-]+|[\s|·•/—–-]+$/g;

/** `Jane Doe *2026年4月27日 22:00*`: the date after a name the copy's block already gave. */
function afterKnownName(text: string, known: readonly string[]): HeaderFields | undefined {
  const name = known.find((candidate) => candidate !== '' && text.startsWith(candidate));
  if (name === undefined) return undefined;
  const dates = parseDateLine(unwrapEmphasis(text.slice(name.length).trim()));
  return dates && { ...dates };
}

/**
 * Reads the header lines among the lines `from`…`end`; `seen` holds what earlier lines gave,
 * `known` the names the copy's own block gives as its author.
 */
export function readHeaderWindow(
  lines: readonly string[],
  from: number,
  end: number,
  seen: HeaderFields,
  known: readonly string[] = [],
): HeaderWindow {
  const indexes: number[] = [];
  for (let index = from; index < end && indexes.length < MAX_LINES; index++) {
    if (readableLine(lines[index] ?? '') !== '') indexes.push(index);
  }
  const fields: HeaderFields = {};
  const used: number[] = [];
  const dated: number[] = [];
  const names: number[] = [];
  let prose = 0;
  for (let i = 0; i < indexes.length && prose < MAX_PROSE_LINES; i++) {
    const index = indexes[i] ?? 0;
    const text = readableLine(lines[index] ?? '').replace(EDGES, '');
    const next = indexes[i + 1];
    if (BY_ALONE.test(text) && next !== undefined && !fields.byline && !seen.byline) {
      const byline = parseByline(`By ${readableLine(lines[next] ?? '').replace(EDGES, '')}`);
      if (byline) {
        fields.byline = byline;
        used.push(index, next);
        i++;
        continue;
      }
    }
    const found =
      text === ''
        ? undefined
        : (parseHeaderLine(text, { ...seen, ...fields }) ?? afterKnownName(text, known));
    if (found) {
      Object.assign(fields, found);
      used.push(index);
      if (found.published !== undefined || found.updated !== undefined) dated.push(index);
      continue;
    }
    if (text.length >= PROSE) prose++;
    else if (isBareName(text) && parseNames(text)) names.push(index);
  }
  if (fields.published === undefined && fields.updated === undefined) {
    // Without a date, only a byline printed with "By" counts.
    if (!fields.byline) return { fields: {}, used: [] };
  } else if (!fields.byline && !seen.byline) {
    // A name without "By" right above or under a date line.
    const position = (index: number) => indexes.indexOf(index);
    const name = names.find((index) =>
      dated.some((date) => Math.abs(position(date) - position(index)) === 1),
    );
    const byline =
      name === undefined ? undefined : parseNames(readableLine(lines[name] ?? '').replace(EDGES, ''));
    if (name !== undefined && byline) {
      fields.byline = byline;
      used.push(name);
    }
  }
  const window: HeaderWindow = { fields, used: used.sort((a, b) => a - b) };
  // The first line under the headline introduces the header lines close under it: the dek.
  const first = indexes[0];
  const firstUsed = indexes.indexOf(window.used[0] ?? -1);
  if (first !== undefined && !used.includes(first) && firstUsed >= 1 && firstUsed <= 3) {
    const text = readableLine(lines[first] ?? '');
    if (text.length <= MAX_DEK && !/^[#>!|<-]/.test(text)) window.dek = { index: first, text };
  }
  return window;
}
