/**
 * Site names in page titles: `Headline | Section | Site`, `Headline - Site`, `Site: Headline`.
 * A segment leaves the title only when it matches something the page says about its publisher
 * (`og:site_name`, the JSON-LD publisher, `application-name`, an author) or the address's host;
 * section names between the headline and such a segment leave with it. Never a list of outlets.
 */

import { squash } from './text';

// ` | `, ` - `, ` – `, ` — `, ` · `, ` • `, ` :: `, ` : `, ` » `, ` / `: spaced on both sides.
const SEPARATOR = /\s+(\||-|–|—|·|•|::|:|»|\/)\s+/g;
// A section label between the headline and the site name: a few words, no sentence.
const MAX_SECTION_WORDS = 4;
const MAX_SITE_WORDS = 7;

/** The names a segment may match, squashed: the names given and the host's own labels. */
export function siteKeys(names: readonly (string | undefined)[], url?: string): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (name === undefined) continue;
    // `Aktuálně.cz - Víte, co se právě děje`: the name before a tagline counts too.
    for (const part of [name, ...name.split(SEPARATOR).filter((_, i) => i % 2 === 0)]) {
      const key = squash(part);
      if (key.length >= 2) keys.add(key);
    }
  }
  if (url !== undefined && URL.canParse(url)) {
    const labels = new URL(url).hostname
      .toLowerCase()
      .replace(/^www\d*\./, '')
      .split('.');
    keys.add(squash(labels.join('')));
    // The registrable name: `news.sky.com` → `sky`, `express.co.uk` → `express`.
    const core = labels.length > 2 && labels.at(-2)!.length <= 3 ? labels.at(-3) : labels.at(-2);
    if (core !== undefined && core.length >= 3) keys.add(squash(core));
  }
  return [...keys];
}

// A site's name as an author: a few words, no list of names.
const MAX_SITE_AUTHOR_WORDS = 3;

/**
 * Whether `name` (an author, a byline) is the site's own name rather than a person's: one of the
 * site's names, or a few words around it (`The Example Journal`, `Example Business`), never a list
 * (`Jill Disis, Example Business`).
 */
export function isSiteName(name: string, keys: readonly string[]): boolean {
  const key = squash(name);
  if (key.length < 2) return false;
  if (keys.includes(key)) return true;
  const words = name.trim().split(/\s+/).length;
  if (words > MAX_SITE_AUTHOR_WORDS || /[,&]|\s(?:and|und|et|y|e)\s/i.test(name)) return false;
  return keys.some((site) => site.length >= 3 && key.includes(site));
}

function isSiteSegment(segment: string, keys: readonly string[]): boolean {
  const words = segment.trim().split(/\s+/).length;
  if (words > MAX_SITE_WORDS) return false;
  const key = squash(segment);
  if (key.length < 2) return false;
  return keys.some(
    (name) =>
      key === name || (name.length >= 3 && key.includes(name)) || (key.length >= 4 && name.includes(key)),
  );
}

function isSectionSegment(segment: string): boolean {
  const text = segment.trim();
  return text.split(/\s+/).length <= MAX_SECTION_WORDS && !/[.!?"“”«»]/.test(text);
}

interface Split {
  segments: string[];
  separators: string[];
}

function split(title: string): Split {
  const parts = title.split(SEPARATOR);
  return {
    segments: parts.filter((_, i) => i % 2 === 0),
    separators: parts.filter((_, i) => i % 2 === 1),
  };
}

function join({ segments, separators }: Split, from: number, to: number): string {
  let text = segments[from] ?? '';
  for (let i = from + 1; i < to; i++) text += ` ${separators[i - 1] ?? '|'} ${segments[i] ?? ''}`;
  return text.trim();
}

/**
 * A title cut into the headline and the site's name it carries at either end (with the sections
 * beside it); `site` is undefined when no end segment matches `keys` (see `siteKeys`).
 */
export function splitSiteName(title: string, keys: readonly string[]): { headline: string; site?: string } {
  const parts = split(title.trim());
  let end = parts.segments.length;
  let start = 0;
  if (end < 2) return { headline: title.trim() };
  let site: string | undefined;
  // At the end: the site, then sections joined by the same separator.
  if (isSiteSegment(parts.segments[end - 1] ?? '', keys)) {
    site = parts.segments[end - 1];
    const separator = parts.separators[end - 2];
    end--;
    while (end > 1 && parts.separators[end - 2] === separator) {
      const segment = parts.segments[end - 1] ?? '';
      if (!isSectionSegment(segment) && !isSiteSegment(segment, keys)) break;
      end--;
    }
  }
  // At the start: `Site | Headline`, `Site: Headline` (a dash there joins words more often).
  if (
    end - start >= 2 &&
    /^(?:\||:|::|»)$/.test(parts.separators[0] ?? '') &&
    isSiteSegment(parts.segments[0] ?? '', keys)
  ) {
    site ??= parts.segments[0];
    start = 1;
  }
  const rest = join(parts, start, end);
  if (rest === '') return { headline: title.trim() };
  return site === undefined ? { headline: rest } : { headline: rest, site: site.trim() };
}

/** The title without the site's name (and the sections beside it) at either end. */
export function withoutSiteName(title: string, keys: readonly string[]): string {
  return splitSiteName(title, keys).headline;
}
