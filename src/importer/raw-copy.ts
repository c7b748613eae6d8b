/**
 * Raw copies (Markdown saved by a scraper, see `../shared/seeds/`): `# headline`, a `By ...`
 * line, a date line, an optional photo-credit line, the body with `**Related article:**` lines,
 * and `Original url:` with the address (or a `Source:` line above or under the headline). A
 * preamble (./reader-preamble.ts) gives what the copy under it leaves out; a `Tags:` line at the
 * end gives the tags. Header and footer lines move to the draft's fields; the body is kept as
 * written, except that placeholder links become plain text. Short lines in the header that fit
 * nowhere stay in the body and are reported.
 */
import { isRoleLine, parseNames, type Byline } from './byline';
import { MAX_CAPTION, parseCaptionCredit } from './credit';
import { ImportError, type ArticleDraft, type DraftImage } from './draft';
import { parseBareNames, parseHeaderLine, type HeaderFields } from './header-line';
import { readHeaderWindow } from './header-window';
import { unlinkPlaceholders } from './links';
import { readLocalLeadPhoto, readRemoteLeadPhoto } from './lead-photo';
import { isDateMetaLine } from './date-meta-line';
import { readToolExcerpt } from './tool-excerpt';
import { splitLineParagraphLines, splitLineParagraphs } from './line-paragraphs';
import { parseIsoDate } from '../lib/dates';
import { datesMentioned, writesDayFirst } from './dates';
import { detectLanguage } from './language';
import { describeChrome, findChrome } from './main-content';
import { plainText } from './plain-text';
import { againstPrinted } from './printed-zone';
import { parseOriginalUrlLabel, readAddress } from './original-url';
import { fillFromPreamble } from './preamble-fields';
import { chromeWarnings, preambleSiteKeys, printedHeadline } from './preamble-headline';
import { readReaderPreamble, type ReaderPreamble } from './reader-preamble';
import { copySightings, labelledSighting } from './sightings';
import { isSiteName, siteKeys, withoutSiteName } from './site-name';
import { parseRelatedLine } from './related';
import { readBylineNear, readDateline } from './story-dateline';
import { parseTagsLine } from './tags-line';
import { isBlank, normaliseNewlines, readableLine, trimLineEnd } from './text';

const HEADLINE = /^#\s+(.+?)(?:\s+#+)?$/;
const SUBHEADLINE = /^##\s+(.+?)(?:\s+#+)?$/;
// Lines that open Markdown structure (headings, quotes, lists, images, tables, fences, HTML).
const STRUCTURE = /^(?:#|>|[-*+]\s|\d+[.)]\s|!\[|\||```|~~~|<)/;
// `@janedoe` under a byline.
const HANDLE = /^@[\p{L}\p{N}_.]{1,30}$/u;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Whether a header line reads like the first paragraph of the story rather than a label. */
function looksLikeProse(line: string): boolean {
  if (line.length >= 80) return true;
  // Scripts without spaces between words (Japanese, Chinese) end sentences with `。`.
  if (/[。！？]$/.test(line)) return true;
  return line.split(' ').length >= 6 && /[.!?:"”’)]$/.test(line);
}

// How far up from the end a tags line may stand: the footer's label and address, and itself.
const TAIL_LINES = 3;

/** Reads the tags line among the copy's last lines, and blanks it so the footer is found. */
function takeTags(lines: string[]): string[] | undefined {
  let seen = 0;
  for (let index = lines.length - 1; index >= 0 && seen < TAIL_LINES; index--) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    seen++;
    const tags = parseTagsLine(line);
    if (tags !== undefined) {
      lines[index] = '';
      return tags;
    }
  }
  return undefined;
}

/** Finds the `Original url:` block at the end; returns the address and where the block starts. */
function findFooter(lines: string[]): { source?: string; start: number } {
  const nonBlank = lines.flatMap((line, index) => (isBlank(line) ? [] : [index]));
  const last = nonBlank.at(-1);
  const before = nonBlank.at(-2);
  if (last === undefined) return { start: lines.length };
  const sameLine = parseOriginalUrlLabel(readableLine(lines[last] ?? ''));
  if (sameLine?.address !== undefined) return { source: sameLine.address, start: last };
  const address = readAddress(readableLine(lines[last] ?? ''));
  if (address !== undefined && before !== undefined) {
    const label = parseOriginalUrlLabel(readableLine(lines[before] ?? ''));
    if (label && label.address === undefined) return { source: address, start: before };
  }
  return { start: lines.length };
}

/** The body lines: related lines out, placeholder links unlinked, blank runs collapsed. */
function cleanBody(lines: string[], draft: ArticleDraft): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      out.push(line);
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      out.push(trimLineEnd(line));
      continue;
    }
    const related = parseRelatedLine(readableLine(line));
    if (related) {
      draft.related.push(...related);
      continue;
    }
    const text = trimLineEnd(unlinkPlaceholders(line));
    if (isBlank(text) && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(isBlank(text) ? '' : text);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

// Lines of page chrome a scraper may keep above the headline ("Skip to main content", "Menu").
const MAX_CHROME_LINES = 6;

interface Headline {
  text: string;
  /** The headline's last line. */
  index: number;
  /** Lines of page chrome above it. */
  chrome: number[];
  /** The original address, when a `Source:` line stands above the headline. */
  source?: string;
  /** Whether it is a `##` or `###` heading, taken for want of a `#` one. */
  lower?: boolean;
  /** Where it was read, for messages (`line 3`, `the Title: line`). */
  from?: string;
}

// Scrapers that keep the page's `<h1>` out write the headline as the first `##` or `###`.
const LOWER_HEADLINE = /^#{2,3}\s+(.+?)(?:\s+#+)?$/;

/**
 * The `# headline` (or the text over a line of `=`), after at most a few short lines of page
 * chrome; failing that, a `##` or `###` heading in the same place. `undefined` when the copy
 * starts with anything else (prose, a byline, a date).
 */
function findHeadline(lines: string[]): Headline | undefined {
  const chrome: number[] = [];
  let source: string | undefined;
  let lower: Headline | undefined;
  const found = (headline: Headline): Headline => (source === undefined ? headline : { ...headline, source });
  for (let index = 0; index < lines.length; index++) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    const text = HEADLINE.exec(line)?.[1];
    if (text !== undefined) return found({ text, index, chrome });
    if (/^=+$/.test(readableLine(lines[index + 1] ?? '')))
      return found({ text: line, index: index + 1, chrome });
    const address = source === undefined ? parseOriginalUrlLabel(line)?.address : undefined;
    if (address !== undefined) {
      source = address;
      continue;
    }
    const lowerText = LOWER_HEADLINE.exec(line)?.[1];
    if (lowerText !== undefined && lower === undefined)
      lower = { text: lowerText, index, chrome: [...chrome], lower: true };
    if (chrome.length >= MAX_CHROME_LINES || looksLikeProse(line) || parseHeaderLine(line)) break;
    chrome.push(index);
  }
  return lower && found(lower);
}

// A standfirst is a phrase at least (`by` alone is the start of a byline).
const MIN_DEK_WORDS = 3;
/** A standfirst reads as a phrase, not as the page's chrome (`City, ND / Station | SITE`). */
function looksLikeDek(line: string, keys: readonly string[]): boolean {
  if (/\s[|/]\s/.test(line) || line.split(' ').length < MIN_DEK_WORDS) return false;
  return !line.split(/\s+[-–—·•]\s+/).some((part) => isSiteName(part, keys));
}

/**
 * The headline of a copy under a reader preamble: the line that prints the preamble's title
 * (without the site's name) when the copy is a whole page, else the copy's own `# headline` (a
 * `##` one only when it repeats the title), else the preamble's title without the site's name.
 */
function preambleHeadline(lines: string[], preamble: ReaderPreamble): Headline | undefined {
  const printed = printedHeadline(lines, preamble);
  if (printed) return printed;
  const found = findHeadline(lines);
  // The copy's own heading may print the page's `<title>`, site name and all.
  if (found && (!found.lower || found.text === preamble.title))
    return { ...found, text: withoutSiteName(found.text, preambleSiteKeys(preamble)) };
  if (preamble.title === undefined) return found;
  const text = withoutSiteName(preamble.title, preambleSiteKeys(preamble));
  return { text, index: preamble.contentStart - 1, chrome: [], from: 'the title the copy states above it' };
}

/** Parses a raw copy into a draft. Throws `ImportError` when there is no `# headline`. */
export function parseRawCopy(input: string): ArticleDraft {
  const raw = normaliseNewlines(input).split('\n');
  const preamble = readReaderPreamble(raw);
  const status = Number(preamble?.status ?? '');
  if (status >= 400) {
    throw new ImportError(`the copy is the page of an HTTP ${status} error, not the article`);
  }
  // The preamble is read above; blanking its lines keeps the line numbers of warnings right.
  const lines = preamble ? raw.map((line, index) => (index < preamble.contentStart ? '' : line)) : raw;
  const headline = preamble ? preambleHeadline(lines, preamble) : findHeadline(lines);
  if (headline === undefined) {
    throw new ImportError('no headline: a raw copy starts with a "# headline" line');
  }
  let index = headline.index;
  const contentStart = preamble?.contentStart ?? 0;
  const draft: ArticleDraft = {
    title: plainText(headline.text),
    related: [],
    body: '',
    warnings: chromeWarnings(lines, headline.chrome),
    titleFrom: headline.from ?? `line ${headline.index + 1}`,
  };
  const excerpt = readToolExcerpt(lines, index + 1);
  if (excerpt) {
    if (excerpt.text !== '') draft.description = plainText(excerpt.text);
    for (const taken of excerpt.lines) lines[taken] = '';
    draft.warnings.push(
      `line ${(excerpt.lines[0] ?? 0) + 1}: the clipper's excerpt is the description, not the body`,
    );
  }
  const tags = takeTags(lines);
  if (tags !== undefined) draft.tags = tags;
  const footer = findFooter(lines);
  const source = footer.source ?? headline.source ?? preamble?.source;
  if (source !== undefined) draft.source = source;
  const keys = siteKeys([preamble?.publisher], source);
  const knownAuthor =
    preamble?.author !== undefined && !isSiteName(preamble.author, keys) ? preamble.author : undefined;

  const header: HeaderFields = {};
  let photo: DraftImage | undefined;
  let bodyStart = footer.start;
  for (index += 1; index < footer.start; index++) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    // Whole pages print the headline twice (a heading, then the page's own line).
    if (header.byline === undefined && header.published === undefined && plainText(line) === draft.title) {
      lines[index] = '';
      draft.warnings.push(`line ${index + 1}: left out, the headline printed again`);
      continue;
    }
    // A reader service's marker whose block a tool rewrote (`> **来源**: […](…)` for `URL Source:`).
    if (/^markdown content:$/i.test(line)) {
      lines[index] = '';
      draft.warnings.push(`line ${index + 1}: left out, a reader service's "Markdown Content:" marker`);
      continue;
    }
    if (preamble?.published !== undefined && isDateMetaLine(lines[index] ?? '', preamble.published)) {
      lines[index] = '';
      draft.warnings.push(
        `line ${index + 1}: left out, the date the copy states printed again with links: "${line}"`,
      );
      continue;
    }
    const fields = parseHeaderLine(line, header);
    if (fields) {
      Object.assign(header, fields);
      continue;
    }
    const address = draft.source === undefined ? parseOriginalUrlLabel(line)?.address : undefined;
    if (address !== undefined) {
      draft.source = address;
      continue;
    }
    // A byline printed over two lines: `By Jane Doe` / `Staff Writer`.
    if (header.byline && header.published === undefined && isRoleLine(line)) {
      header.byline = { ...header.byline, byline: `${header.byline.byline}, ${line}` };
      continue;
    }
    if (header.byline && HANDLE.test(line)) {
      draft.warnings.push(`line ${index + 1}: left out, a social media handle: "${line}"`);
      continue;
    }
    const seenHeader = header.byline !== undefined || header.published !== undefined;
    // `Jill Strass` under the headline: a name printed without "By", above the date or under a
    // tool's block that gives the date.
    if (
      !seenHeader &&
      draft.dek === undefined &&
      (preamble || isDekBeforeHeader(lines, index, footer.start))
    ) {
      const names = parseBareNames(line);
      if (names) {
        header.byline = names;
        continue;
      }
    }
    // `Sam Meredith` under the date with no byline yet: the writer, not a photo credit.
    if (header.published !== undefined && header.byline === undefined) {
      const names = parseBareNames(line);
      if (names) {
        header.byline = names;
        continue;
      }
    }
    if (
      !seenHeader &&
      draft.dek === undefined &&
      looksLikeDek(line, keys) &&
      isDekBeforeHeader(lines, index, footer.start)
    ) {
      draft.dek = plainText(SUBHEADLINE.exec(line)?.[1] ?? line);
      continue;
    }
    // A caption can read like a sentence, but it is short.
    if (seenHeader && photo === undefined && line.length < MAX_CAPTION) {
      photo = parseCaptionCredit(line);
      if (photo !== undefined) continue;
    }
    if (!looksLikeProse(line) && !STRUCTURE.test(line)) {
      draft.warnings.push(`line ${index + 1}: kept in the body, not a byline, date or credit: "${line}"`);
    }
    bodyStart = index;
    break;
  }

  if (preamble) fillFromPreamble(header, draft, preamble, keys);
  const dated = header.published !== undefined || header.updated !== undefined;
  // A date the tool's block gave leaves the byline to be found under the headline.
  if (!dated || header.byline === undefined) {
    const window = readHeaderWindow(lines, bodyStart, footer.start, header, knownAuthor ? [knownAuthor] : []);
    Object.assign(header, dated ? { byline: window.fields.byline } : window.fields);
    const taken = new Set(window.used);
    if (window.dek && draft.dek === undefined && looksLikeDek(window.dek.text, keys)) {
      draft.dek = plainText(window.dek.text);
      taken.add(window.dek.index);
    }
    for (const used of taken) lines[used] = '';
    // A line these turn out to be is no longer kept in the body.
    draft.warnings = draft.warnings.filter(
      (warning) => !taken.has(Number(/^line (\d+):/.exec(warning)?.[1] ?? 0) - 1),
    );
  }
  // A dateline often prints the byline too (`Monday … 7:45 am PST by Jane Doe`): both are read
  // before either line leaves the body.
  const dateline =
    (header.published === undefined && header.updated === undefined) || isZoneless(header.published)
      ? readStoryDateline(lines, { preamble, headline, bodyStart, end: footer.start }, header, draft)
      : undefined;
  if (header.byline === undefined) {
    const from = preamble?.contentStart ?? 0;
    const found = readBylineNear(lines, from, footer.start, printedHeadlineStart(lines, headline, from));
    if (found) {
      header.byline = found.byline;
      lines[found.index] = '';
      draft.warnings.push(
        `line ${found.index + 1}: the byline is read from a line near the headline: "${found.text}"`,
      );
    }
  }
  for (const index of dateline ?? []) lines[index] = '';
  if (header.byline) {
    // `Written by Jane Doe on November 14, 2019`: the date the byline runs on into, when no
    // other was found.
    const date = header.published === undefined ? datesMentioned(header.byline.byline) : [];
    if (date.length === 1 && date[0] !== undefined) {
      header.published = date[0].iso;
      (draft.guessed ??= []).push('published: read from the byline line');
    }
    const byline = withoutDate(header.byline);
    draft.byline = byline.byline;
    draft.authors = byline.authors;
  }
  if (header.published !== undefined) draft.published = header.published;
  if (header.updated !== undefined) draft.updated = header.updated;
  const lead = photo === undefined ? readRemoteLeadPhoto(lines, bodyStart) : undefined;
  if (lead) {
    photo = lead.image;
    bodyStart = lead.end;
    draft.warnings.push(
      `line ${lead.line + 1}: the lead photo is off-site (${lead.url}): its caption and credit are kept`,
    );
  }
  // A photo beside the copy first in the body is the article's lead image.
  const local = photo === undefined ? readLocalLeadPhoto(lines, bodyStart) : undefined;
  if (local) {
    photo = local.image;
    bodyStart = local.end;
  }
  if (photo !== undefined) draft.image = photo;
  // A page written as text, one line per block, is judged block by block like any other.
  const body = splitLineParagraphLines(
    lines.slice(bodyStart, footer.start),
    raw.slice(bodyStart, footer.start),
  );
  draft.body = splitLineParagraphs(
    cleanBody(withoutChrome(body, bodyStart, draft, headline.index >= contentStart), draft),
  );
  if (draft.published === undefined || draft.source === undefined) {
    draft.seen = copySightings(raw, preamble?.contentStart ?? 0, headline.index, footer.start);
    if (preamble?.published !== undefined) {
      draft.seen.dates.unshift(
        labelledSighting(preamble.published, 'the publication date the copy states above it'),
      );
    }
  }
  return draft;
}

/**
 * The body lines with page chrome blanked (./main-content.ts), reported in the draft's warnings
 * by their lines in the copy (`origin` maps each body line to the copy's body line it was).
 */
function withoutChrome(
  { lines, origin }: { lines: string[]; origin: number[] },
  offset: number,
  draft: ArticleDraft,
  underHeadline: boolean,
): string[] {
  // Related lines are links too, but they are the copy's own and read by cleanBody.
  const chrome = findChrome(lines.join('\n'), draft.title, underHeadline, true).filter(
    (block) => !lines.slice(block.start - 1, block.end).some((line) => parseRelatedLine(readableLine(line))),
  );
  if (chrome.length === 0) return lines;
  const kept = [...lines];
  for (const block of chrome) kept.fill('', block.start - 1, block.end);
  const inCopy = (line: number) => (origin[line - 1] ?? line - 1) + 1;
  const named = chrome.map((block) => ({ ...block, start: inCopy(block.start), end: inCopy(block.end) }));
  draft.warnings.push(...describeChrome(named, offset));
  return kept;
}

// What a page prints between a name and the date after it: `Jane Doe — May 8, 2026`, `… on May 8`.
const BEFORE_DATE = /(?:\s+(?:on|am|le|el|il|em))?[\s|·•/—–,-]*$/iu;

/** A byline that runs on into the date printed after it (`Jane Doe November 19, 2019, 7:47 PM`), without it. */
function withoutDate(byline: Byline): Byline {
  const date = datesMentioned(byline.byline)[0];
  const at = date === undefined ? -1 : byline.byline.indexOf(date.text);
  if (at <= 0) return byline;
  return parseNames(byline.byline.slice(0, at).replace(BEFORE_DATE, '')) ?? byline;
}

/** The first line of the headline when the copy prints it (at or after `from`), else `undefined`. */
function printedHeadlineStart(lines: string[], headline: Headline, from: number): number | undefined {
  if (headline.index < from) return undefined;
  return headline.index - (/^=+$/.test(readableLine(lines[headline.index] ?? '')) ? 1 : 0);
}

/**
 * The date printed near the story's start on a line of other header items (./story-dateline.ts),
 * when no header line gave one: taken with a warning and named to check. A time stated above with
 * no zone gives way to the printed one when both are the same moment (./printed-zone.ts). Returns
 * the lines read, for the caller to leave out of the body once the byline on them is read too.
 */
function readStoryDateline(
  lines: string[],
  copy: { preamble: ReaderPreamble | undefined; headline: Headline; bodyStart: number; end: number },
  header: HeaderFields,
  draft: ArticleDraft,
): number[] | undefined {
  const from = copy.preamble?.contentStart ?? 0;
  const headline = printedHeadlineStart(lines, copy.headline, from);
  const lang = copy.preamble?.lang ?? detectLanguage(lines.slice(copy.bodyStart, copy.end).join('\n'));
  const found = readDateline(lines, from, copy.end, headline, writesDayFirst(lang));
  if (!found) return undefined;
  const read = [found.index, ...(found.timeLine === undefined ? [] : [found.timeLine])];
  if (header.published !== undefined) {
    // A zone-less time stated above: the printed one, when it is the same moment, says which.
    const printed = againstPrinted(header.published, found.fields.published);
    if (printed === header.published || printed === undefined) return undefined;
    header.published = printed;
    draft.warnings.push(
      `line ${found.index + 1}: the date is read from a line near the headline, the time stated with no zone: "${found.text}"`,
    );
    return read;
  }
  Object.assign(header, found.fields);
  draft.warnings.push(
    `line ${found.index + 1}: the date is read from a line near the headline: "${found.text}"`,
  );
  (draft.guessed ??= []).push('published: read from a line near the headline');
  return read;
}

/** Whether `iso` is a time stated with no zone (`2019-11-19T02:24:00`). */
function isZoneless(iso: string | undefined): boolean {
  const parsed = iso === undefined ? undefined : parseIsoDate(iso);
  return parsed?.time !== undefined && parsed.offset === undefined;
}

/** A line right after the headline is a dek when a byline or date line follows it. */
function isDekBeforeHeader(lines: string[], index: number, end: number): boolean {
  const line = readableLine(lines[index] ?? '');
  if (STRUCTURE.test(line) && !SUBHEADLINE.test(line)) return false;
  for (let next = index + 1, seen = 0; next < end && seen < 2; next++) {
    const candidate = readableLine(lines[next] ?? '');
    if (candidate === '') continue;
    if (parseHeaderLine(candidate, {})) return true;
    seen++;
  }
  return false;
}
