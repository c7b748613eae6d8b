/**
 * Credit lines: where the scraper dropped the lead photo it often kept the photo's credit
 * (`KCNA`, `Maxim Shemetov / Reuters`, `Photo: AFP`, `© EPA-EFE`). We keep it as `image.credit`.
 */
import { plainText } from './plain-text';

const PREFIX =
  /^(?:(?:photo|photograph|image|picture|illustration|credit|photo credit|source)s?\s*(?:by|:)\s*|©\s*|\(c\)\s*)/i;
const MAX_WORDS = 10;
/** A line longer than this is prose, not a caption. */
export const MAX_CAPTION = 200;
const MAX_LENGTH = 100;

/**
 * Reads a short line as a photo credit, or returns `undefined` when the line reads like prose or
 * Markdown structure (a sentence, a heading, a list item, an image).
 */
export function parseCredit(line: string): string | undefined {
  if (/^(?:[#>|!-]|\*\s|\d+[.)]\s|```)/.test(line)) return undefined;
  let credit = plainText(line);
  if (credit.startsWith('(') && credit.endsWith(')')) credit = credit.slice(1, -1).trim();
  credit = credit.replace(PREFIX, '').trim();
  if (credit === '' || credit.length > MAX_LENGTH) return undefined;
  if (credit.split(/\s+/).length > MAX_WORDS) return undefined;
  // A sentence ends in a full stop; an agency name does not (`Reuters`, `AP Photo/Jane Doe`).
  if (/[。！？、]/.test(credit)) return undefined;
  // `MOSCOW —` opens the story (a dateline), it credits nothing.
  if (/[-–—]$/.test(credit)) return undefined;
  if (/[.!?:;,…]$/.test(credit) && !/\b\p{Lu}\.$/u.test(credit)) return undefined;
  if (!/^[\p{L}\p{N}]/u.test(credit)) return undefined;
  return credit;
}

/**
 * Reads the line left where a photo was: a credit alone (`KCNA`), or a caption followed by its
 * credit (`Kim at the ceremony in Pyongyang. KCNA`).
 */
export function parseCaptionCredit(line: string): { caption?: string; credit: string } | undefined {
  const m = /^(.*[.!?…"”])\s+([^.!?…]+)$/u.exec(line.trim());
  if (m?.[1] && m[2]) {
    const credit = parseCredit(m[2]);
    if (credit !== undefined && credit.split(/\s+/).length <= 5) return { caption: m[1], credit };
  }
  const credit = parseCredit(line);
  return credit === undefined ? undefined : { credit };
}
