/**
 * The date (and the byline) a copy of a whole page prints near the story's start on a line it shares with other
 * header items (`**New Delhi**, [Bureau](…) | Updated : 19 November 2019, 09:01 AM`,
 * `![](…) [Associated Press](…) November 19, 2019, 9:02 AM`, `기사입력 :\[ 2018-08-25 15:24 \]`).
 * Read only when no line gave a date: the first short line under the headline, above the story's
 * first paragraph, that names one day; failing that, one of the few lines right above the headline,
 * or one under a short first paragraph (a standfirst, a caption).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { readAuthorLinks, readProfileLink } from './author-link';
import { isRoleLine, parseByline, parseNames, type Byline } from './byline';
import { withoutBylineClutter } from './byline-markup';
import { parseCjkName } from './cjk-byline';
import { datesMentioned, parseDateLine } from './dates';
import { parseBareNames, TIME_ONLY, type HeaderFields } from './header-line';
import { firstProseLine } from './main-content';
import { readableLine } from './text';

export interface Dateline {
  fields: Pick<HeaderFields, 'published' | 'updated'>;
  /** The line read. */
  index: number;
  /** What it prints, as a reader sees it. */
  text: string;
  /** The line under it that prints its time alone, when there is one. */
  timeLine?: number;
}

// Longer than this, a line is a caption or a paragraph, not a dateline.
const MAX_CHARS = 120;
// How many lines above the story, or above the headline, are looked at.
const MAX_LINES = 30;
const ABOVE_HEADLINE = 2;
// A first paragraph this short may be a standfirst or a caption, with the byline under it.
const MAX_LEDE = 300;
// Separators a page prints between the items of its header.
const SEPARATORS = /\s+[|·•—–]\s+|\s*\|\s*|\s{2,}/;
// Between a byline and what follows it, a spaced hyphen or a raised dot separates items too.
const ITEM_SEPARATORS = /\s+[|·•—–-]\s+|\s*[|·]\s*|\s{2,}/;
// `Jane Doe publiziert am`, `… published on`: the words before a date the line printed.
const PUBLISHED_TAIL =
  /\s+(?:published|posted|updated|publiziert|veröffentlicht|aktualisiert|publicado|publicada|publié|publiée|pubblicato|gepubliceerd)(?:\s+(?:on|at|am|um|le|el|em|il|op|en))?[\s,:]*$/iu;
// A day (with or without its year) and a time, ending the line: `05-08 12:30`, `2026年5月8日`.
const DAY_TAIL = /\s+(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?$/u;
// A byline's label printed alone on its line, the names on the next.
const BYLINE_LABEL =
  /^(?:by|von|par|por|door|autor(?:in|es)?|author|authors|auteur|автор[ыи]?|作者|记者|記者)\s*[:：]?$/iu;

/** A line as a reader sees it: links as their text, pictures and escapes gone. */
function visible(line: string): string {
  const tree = fromMarkdown(`.${line.trim()}`);
  return toString(tree, { includeHtml: false, includeImageAlt: false }).slice(1).replace(/\s+/g, ' ').trim();
}

function readLine(line: string, dayFirst: boolean): Dateline['fields'] | undefined {
  const text = visible(readableLine(line).replace(/^(?:[-*+]|#{1,6})\s+/, ''));
  if (text === '' || text.length > MAX_CHARS) return undefined;
  for (const piece of [text, ...text.split(SEPARATORS)]) {
    const found = parseDateLine(piece.trim(), { dayFirst });
    if (found) return found;
  }
  const days = new Set(datesMentioned(text, { dayFirst }).map(({ iso }) => iso));
  const [only] = days;
  return days.size === 1 && only !== undefined ? { published: only } : undefined;
}

/**
 * The lines where a page prints its header, nearest first: up to a few under the headline (its
 * line, `undefined` when the copy does not print it) above the story's first paragraph, then a
 * couple right above the headline; without a printed headline, the lines right above the story.
 */
function headerLines(
  lines: readonly string[],
  from: number,
  end: number,
  headline: number | undefined,
  pastLede = false,
): number[] {
  let start = Math.max(from, (headline ?? -1) + 1);
  // A setext heading's underline is the headline's, not the story's (a long one reads as prose).
  if (headline !== undefined && /^(?:=+|-+)$/.test(readableLine(lines[start] ?? ''))) start++;
  const prose = firstProseLine(lines.slice(start, end).join('\n'));
  const story = prose === undefined ? end : start + prose - 1;
  const nonBlank = (a: number, b: number) =>
    Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i).filter(
      (index) => readableLine(lines[index] ?? '') !== '',
    );
  const under = nonBlank(start, story);
  // Past a short first paragraph (a standfirst, a photo's caption) to the next one: some pages
  // print the byline there (`Author:` / `Jane Doe` under the standfirst).
  if (pastLede && headline !== undefined && story < end) {
    if (visible(readableLine(lines[story] ?? '')).length > MAX_LEDE) return [];
    const next = firstProseLine(lines.slice(story + 1, end).join('\n'));
    return nonBlank(story + 1, next === undefined ? end : story + next).slice(0, MAX_LINES);
  }
  return headline === undefined
    ? under.slice(-MAX_LINES).reverse()
    : [...under.slice(0, MAX_LINES), ...nonBlank(from, headline).slice(-ABOVE_HEADLINE).reverse()];
}

// A date printed over two short lines (`November 20` / `15:23 2019`): each this short at most.
const MAX_PART = 30;

/** The date the line at `index` starts and the next line ends, when neither names a day alone. */
function acrossTwoLines(lines: readonly string[], index: number, dayFirst: boolean): Dateline | undefined {
  const text = visible(readableLine(lines[index] ?? ''));
  if (text === '' || text.length > MAX_PART || /\p{Nd}{4}/u.test(text)) return undefined;
  let next = index + 1;
  while (next < lines.length && readableLine(lines[next] ?? '') === '') next++;
  const rest = visible(readableLine(lines[next] ?? ''));
  if (rest === '' || rest.length > MAX_PART) return undefined;
  const fields = parseDateLine(`${text} ${rest}`, { dayFirst });
  return fields && { fields, index, text: `${text} ${rest}`, timeLine: next };
}

/**
 * The dateline at `index`, with the time printed alone on the next line (`Nov. 19, 2019` / `5:53
 * PM`) when its date has none.
 */
function withTimeBelow(
  lines: readonly string[],
  index: number,
  fields: Dateline['fields'],
  dayFirst: boolean,
): Dateline {
  const text = visible(readableLine(lines[index] ?? ''));
  let next = index + 1;
  while (next < lines.length && readableLine(lines[next] ?? '') === '') next++;
  const time = visible(readableLine(lines[next] ?? ''));
  if (fields.published?.includes('T') !== false || !TIME_ONLY.test(time)) return { fields, index, text };
  const joined = parseDateLine(`${text} ${time}`, { dayFirst });
  return joined?.published === undefined
    ? { fields, index, text }
    : { fields: joined, index, text: `${text} ${time}`, timeLine: next };
}

/**
 * The dateline among `lines[from…end)`, given the headline's line (`undefined` when the copy does
 * not print it) and whether numeric dates read day first.
 */
export function readDateline(
  lines: readonly string[],
  from: number,
  end: number,
  headline: number | undefined,
  dayFirst: boolean,
): Dateline | undefined {
  // Past a short standfirst or caption too, where some pages print the byline and date.
  for (const pastLede of [false, true]) {
    for (const index of headerLines(lines, from, end, headline, pastLede)) {
      const fields = readLine(lines[index] ?? '', dayFirst);
      if (fields) return withTimeBelow(lines, index, fields, dayFirst);
      const split = acrossTwoLines(lines, index, dayFirst);
      if (split) return split;
    }
  }
  return undefined;
}

/**
 * The byline printed with "By" on a short header line among other items (`11/19/2019 by [Jane
 * Doe](…)`, `*   by [Jane Doe](…)`), read like the dateline; `undefined` when there is none.
 */
export function readBylineNear(
  lines: readonly string[],
  from: number,
  end: number,
  headline: number | undefined,
): { byline: Byline; index: number; text: string } | undefined {
  const header = headerLines(lines, from, end, headline);
  const pastLede = headerLines(lines, from, end, headline, true);
  return (
    bylineAmong(lines, header) ??
    bylineAmong(lines, pastLede) ??
    bareNameBesideDate(lines, header) ??
    bareNameBesideDate(lines, pastLede)
  );
}

// A link whose title repeats its text: `[Jane Doe](https://social.example/profile/1 "Jane Doe")`.
const TITLED_LINK = /^\[([^[\]]+)\]\(\s*<?[^\s<>()]+>?\s+"([^"]*)"\s*\)/;

/** The nearest lines above and below `index` with something printed on them. */
function neighbours(lines: readonly string[], index: number): number[] {
  const found: number[] = [];
  for (const step of [-1, 1]) {
    let at = index + step;
    while (at >= 0 && at < lines.length && readableLine(lines[at] ?? '') === '') at += step;
    if (at >= 0 && at < lines.length) found.push(at);
  }
  return found;
}

/** A name linked with its own title, then the date: `[Jane Doe](… "Jane Doe") August 08, 2018`. */
function titledNameBeforeDate(line: string): Byline | undefined {
  const titled = TITLED_LINK.exec(line.trim());
  if (titled?.[1] === undefined || titled[1].trim() !== titled[2]?.trim()) return undefined;
  const rest = visible(line.trim().slice(titled[0].length)).replace(/^[\s|·•—–,-]+/u, '');
  return rest !== '' && parseDateLine(rest) !== undefined ? parseNames(titled[1]) : undefined;
}

/**
 * A name alone, without "By", on the line right over or under a line that is a date (`The
 * Associated Press` / `Published Monday, November 18, 2019`); not an item of a list of links.
 */
function bareNameBesideDate(lines: readonly string[], candidates: readonly number[]) {
  for (const index of candidates) {
    const line = readableLine(lines[index] ?? '');
    if (/^(?:[-*+]|\d+[.)])\s/.test(line)) continue;
    const text = visible(withoutBylineClutter(line, isRoleLine));
    const names = text.length > MAX_CHARS ? undefined : parseBareNames(text);
    if (names === undefined) continue;
    if (neighbours(lines, index).some((at) => readLine(lines[at] ?? '', false) !== undefined)) {
      return { byline: names, index, text };
    }
  }
  return undefined;
}

/** The first byline printed on one of `candidates` (line indexes, nearest first). */
function bylineAmong(
  lines: readonly string[],
  candidates: readonly number[],
): { byline: Byline; index: number; text: string } | undefined {
  for (const index of candidates) {
    const raw = readableLine(lines[index] ?? '').replace(/^(?:[-*+]|#{1,6})\s+/, '');
    const line = withoutBylineClutter(raw, isRoleLine);
    const text = visible(line);
    if (text === '' || text.length > MAX_CHARS) continue;
    // `[Jane Doe](…/jane-doe/)[@janedoe](…)`, `[Jane Doe](…/janedoe/) Senior Contributor`.
    const profile = readProfileLink(raw, isRoleLine);
    if (profile) return { byline: profile, index, text };
    const titled = titledNameBeforeDate(line);
    if (titled) return { byline: titled, index, text };
    let rest = text;
    for (const date of datesMentioned(text)) rest = rest.replace(date.text, ' | ');
    // `葛冬瑾 05-08 12:30`: a name alone beside the date (with or without its year).
    const dayTail = DAY_TAIL.exec(text);
    const named = dayTail ? parseCjkName(text.slice(0, dayTail.index)) : undefined;
    if (named) return { byline: named, index, text };
    for (const piece of rest.split(ITEM_SEPARATORS)) {
      // "By" opens one of the line's items, after a date or a separator (`… PST by Jane Doe`).
      const byline = parseByline(
        piece
          .replace(/^[\s|·•—–-]+/u, '')
          .replace(PUBLISHED_TAIL, '')
          .trim(),
      );
      if (byline) return { byline, index, text };
    }
    // `Author:` alone, the name on the next line.
    const next = candidates[candidates.indexOf(index) + 1];
    if (BYLINE_LABEL.test(text) && next !== undefined) {
      const named = readableLine(lines[next] ?? '');
      const byline = readAuthorLinks(named) ?? parseNames(visible(withoutBylineClutter(named, isRoleLine)));
      if (byline) return { byline, index: next, text: `${text} ${visible(named)}` };
    }
    const linked = readAuthorLinks(line);
    if (linked) return { byline: linked, index, text };
  }
  return undefined;
}
