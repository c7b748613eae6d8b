/**
 * What a tool's block above a copy (a reader service's, an exporter's, a clipper's, a crawler's)
 * gives a raw copy's draft where the copy itself says nothing: byline, dates, dek, description,
 * publisher, language and tags. A clipper's author that is the site itself is no byline.
 */
import { normaliseDate } from '../lib/dates';
import { parseNames } from './byline';
import { parseDateLine } from './dates';
import type { ArticleDraft } from './draft';
import type { HeaderFields } from './header-line';
import { plainText } from './plain-text';
import type { ReaderPreamble } from './reader-preamble';
import { isSiteName, splitSiteName } from './site-name';
import { parseTagList } from './tags-line';

/** What the preamble says and the copy under it does not. */
export function fillFromPreamble(
  header: HeaderFields,
  draft: ArticleDraft,
  preamble: ReaderPreamble,
  keys: readonly string[],
): void {
  const date = (value: string | undefined) => {
    if (value === undefined) return undefined;
    const found = parseDateLine(value);
    return normaliseDate(value.trim()) ?? found?.published ?? found?.updated;
  };
  // A clipper names the site as the author when the page names no one: not a byline.
  const author =
    preamble.author !== undefined && !isSiteName(preamble.author, keys) ? preamble.author : undefined;
  const byline = author === undefined ? undefined : parseNames(author);
  const published = date(preamble.published);
  const updated = date(preamble.updated);
  if (byline) header.byline ??= byline;
  if (published !== undefined) header.published ??= published;
  if (updated !== undefined) header.updated ??= updated;
  const archived = date(preamble.archived);
  if (archived !== undefined) draft.archived ??= archived;
  if (preamble.dek !== undefined) draft.dek ??= plainText(preamble.dek);
  if (preamble.description !== undefined) draft.description ??= preamble.description;
  if (preamble.publisher !== undefined) draft.publisher ??= preamble.publisher;
  // `Headline | Example Times` at an address on example-times.com: the site names itself.
  const site = preamble.title === undefined ? undefined : splitSiteName(preamble.title, keys).site;
  if (site !== undefined) draft.publisher ??= plainText(site);
  if (preamble.lang !== undefined) draft.lang ??= preamble.lang;
  const tags = preamble.tags === undefined ? undefined : parseTagList(plainText(preamble.tags));
  if (tags !== undefined) draft.tags ??= tags;
}
