/**
 * A lead photo first in the body (`![…](…)`, often with its caption and credit under it).
 *
 * On the original's servers (`https://…`), the site loads nothing off-site, so the picture is
 * lost either way; kept as `image` with its caption and credit, it is shown as the content format
 * shows a lost picture, instead of as an off-site link above the story. A file beside the copy
 * (`./photo.jpg`) is the article's own lead image, with its alt text.
 */
import { MAX_CAPTION, parseCaptionCredit, parseCredit, splitCaptionCredit } from './credit';
import { isChromeLabel } from './chrome-labels';
import type { DraftImage } from './draft';
import { readableLine, unwrapEmphasis } from './text';
import { isLocalPath } from '../lib/urls';

const REMOTE_IMAGE = /^!\[([^\]]*)\]\((https?:\/\/[^\s)]+)(?:\s+"[^"]*")?\)$/;
// `![alt](./photo.jpg "title")`, the path bare or in `<…>`.
const LOCAL_IMAGE = /^!\[([^\]]*)\]\((?:<([^<>\n]+)>|([^\s()<>]+))(?:\s+"([^"]*)")?\)$/;
// A line that says it is a credit.
const CREDIT_LABEL = /^(?:credits?\s*(?:\.{2,}|…|:)|photo(?:graph)?\s*(?::|by)|©)/i;
// Alt texts that say nothing about the picture.
const EMPTY_ALT = /^(?:image|photo|picture|img|lead image|featured image|\s*)$/i;

export interface LeadPhoto {
  image: DraftImage;
  /** The image's address, for the warning. */
  url: string;
  /** The image line. */
  line: number;
  /** The first line after the photo and its caption. */
  end: number;
}

const TRAILING_LINK = /\s*\[([^\]]+)\]\([^)\s]+(?:\s+"[^"]*")?\)$/;

/** A line without the chrome-label links (`Purchase Licensing Rights`) at its end. */
function withoutChromeLinks(line: string): string {
  let text = line;
  for (
    let m = TRAILING_LINK.exec(text);
    m?.[1] !== undefined && isChromeLabel(m[1]);
    m = TRAILING_LINK.exec(text)
  ) {
    text = text.slice(0, m.index).trimEnd();
  }
  return text;
}

/** The first line of the body from `start` that is not blank. */
function firstLine(lines: string[], start: number): number {
  let index = start;
  while (index < lines.length && readableLine(lines[index] ?? '') === '') index++;
  return index;
}

/** The caption and credit printed under the photo on `line`, and the first line after them. */
function printedUnder(lines: string[], line: number): { image: DraftImage; end: number } {
  // The caption: the line right under the image (a figcaption), or a credit line after a blank.
  const under = line + 1;
  const sameParagraph = readableLine(lines[under] ?? '') !== '';
  const captionAt = sameParagraph ? under : under + 1;
  // A caption may end with the agency's licensing link (`[Purchase Licensing Rights](…)`).
  const next = withoutChromeLinks(readableLine(lines[captionAt] ?? ''));
  let image: DraftImage = {};
  let end = under;
  if (next !== '' && next.length < MAX_CAPTION && !next.startsWith('![')) {
    const found = parseCaptionCredit(next);
    if (found) image = found;
    else if (sameParagraph) image = { caption: unwrapEmphasis(next) };
    if (found || sameParagraph) end = captionAt + 1;
  }
  if (image.caption !== undefined && image.credit === undefined) image = splitCaptionCredit(image.caption);
  // A labelled credit on its own line under the caption (`Credit...Jane Doe/AP`).
  const after = readableLine(lines[end] ?? '') === '' ? end + 1 : end;
  const labelled = readableLine(lines[after] ?? '');
  if (image.credit === undefined && CREDIT_LABEL.test(labelled)) {
    const credit = parseCredit(labelled);
    if (credit !== undefined) {
      image = { ...image, credit };
      end = after + 1;
    }
  }
  return { image, end };
}

/** The remote lead photo at `start`, the first line of the body, if there is one. */
export function readRemoteLeadPhoto(lines: string[], start: number): LeadPhoto | undefined {
  const line = firstLine(lines, start);
  const m = REMOTE_IMAGE.exec(readableLine(lines[line] ?? ''));
  if (!m?.[2]) return undefined;
  const alt = m[1]?.trim() ?? '';
  const under = printedUnder(lines, line);
  const { end } = under;
  let { image } = under;
  if (image.caption === undefined && !EMPTY_ALT.test(alt)) image = { caption: alt, ...image };
  if (image.caption === undefined && image.credit === undefined) return undefined;
  return { image, url: m[2], line, end };
}

/**
 * The lead photo at `start` when it is a file beside the copy and has alt text: `image.localSrc`
 * names it as written, for the importer to find on disk. Its title is the caption when no line
 * under it gives one.
 */
export function readLocalLeadPhoto(lines: string[], start: number): LeadPhoto | undefined {
  const line = firstLine(lines, start);
  const m = LOCAL_IMAGE.exec(readableLine(lines[line] ?? ''));
  const src = m?.[2] ?? m?.[3];
  const alt = m?.[1]?.trim() ?? '';
  if (src === undefined || !isLocalPath(src) || alt === '') return undefined;
  const { image, end } = printedUnder(lines, line);
  const title = m?.[4]?.trim();
  const caption = image.caption ?? (title || undefined);
  return {
    image: { localSrc: src, alt, ...(caption !== undefined && { caption }), ...image },
    url: src,
    line,
    end,
  };
}
