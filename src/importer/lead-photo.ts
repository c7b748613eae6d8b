/**
 * A lead photo the copy still points at on the original's servers (`![…](https://…)` first in
 * the body, often with its caption and credit under it). The site loads nothing off-site, so the
 * picture is lost either way; kept as `image` with its caption and credit, it is shown as the
 * content format shows a lost picture, instead of as an off-site link above the story.
 */
import { MAX_CAPTION, parseCaptionCredit, parseCredit, splitCaptionCredit } from './credit';
import { isChromeLabel } from './chrome-labels';
import type { DraftImage } from './draft';
import { readableLine, unwrapEmphasis } from './text';

const REMOTE_IMAGE = /^!\[([^\]]*)\]\((https?:\/\/[^\s)]+)(?:\s+"[^"]*")?\)$/;
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

/** The remote lead photo at `start`, the first line of the body, if there is one. */
export function readRemoteLeadPhoto(lines: string[], start: number): LeadPhoto | undefined {
  let index = start;
  while (index < lines.length && readableLine(lines[index] ?? '') === '') index++;
  const m = REMOTE_IMAGE.exec(readableLine(lines[index] ?? ''));
  if (!m?.[2]) return undefined;
  const alt = m[1]?.trim() ?? '';
  const line = index;
  // The caption: the line right under the image (a figcaption), or a credit line after a blank.
  const under = index + 1;
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
  if (image.caption === undefined && !EMPTY_ALT.test(alt)) image = { caption: alt, ...image };
  if (image.caption === undefined && image.credit === undefined) return undefined;
  return { image, url: m[2], line, end };
}
