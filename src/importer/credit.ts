/**
 * Credit lines: where the scraper dropped the lead photo it often kept the photo's credit
 * (`KCNA`, `Maxim Shemetov / Reuters`, `Photo: AFP`, `© EPA-EFE`). We keep it as `image.credit`.
 */
import { plainText } from './plain-text';

const PREFIX =
  /^(?:(?:photo|photograph|image|picture|illustration|credit|photo credit|source)s?\s*(?:by|:)\s*|credits?\s*(?:\.{2,}|…)\s*|©\s*|\(c\)\s*)/i;
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

// A credit printed at the end of a caption: `… Credit...Jane Doe/Associated Press`,
// `… (Photo Jane Doe. AFP)`, `… (AP Photo/Jane Doe)`, `… Photo: Reuters`, `… (Image: Getty)`.
const TRAILING_CREDIT = [
  /\s*\bcredits?\s*(?:\.{2,}|…|:)\s*([^()]{2,100})$/iu,
  /\s*\(((?:[^()]*\b(?:photo|photograph|foto|image|picture|bild|crédit|credit)s?\b)[^()]{2,100})\)$/iu,
  /\s+(?:photo|photograph|foto|image|picture)s?\s*:\s*([^()]{2,80})$/iu,
];
const CREDIT_WORD =
  /^(?:\(?\s*(?:ap\s+)?(?:photo|photograph|foto|image|picture|bild|crédit photo|crédit|credit)s?\s*(?:by|:|\/)?\s*)/iu;

/**
 * A caption with the credit the page printed at its end taken out: `{ caption, credit }`, or
 * the caption alone when it ends with no credit.
 */
export function splitCaptionCredit(text: string): { caption?: string; credit?: string } {
  for (const pattern of TRAILING_CREDIT) {
    const m = pattern.exec(text);
    if (m?.[1] === undefined) continue;
    const credit = m[1].replace(CREDIT_WORD, '').replace(/\s+/g, ' ').trim();
    // `AP Photo/Jane Doe` keeps its agency: only a leading label word leaves.
    const shown = /^ap\s+photo\b/i.test(m[1].trim()) ? m[1].trim() : credit;
    if (shown === '') continue;
    const caption = text.slice(0, m.index).trim();
    return caption === '' ? { credit: shown } : { caption, credit: shown };
  }
  return { caption: text };
}
