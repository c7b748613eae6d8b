/**
 * Text clean-up shared by the raw-copy parser: what scrapers and browsers leave around the words
 * (a BOM, CRLF line endings, no-break spaces, trailing blanks) without touching the words.
 */

/** Removes a leading BOM and turns CRLF / CR line endings into LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Removes spaces, tabs and no-break spaces at the end of a line. */
export function trimLineEnd(line: string): string {
  return line.replace(/[ \t\u00a0\u202f]+$/, '');
}

/**
 * The line as the classifiers read it: no-break and narrow no-break spaces become plain spaces,
 * runs of spaces collapse, the ends are trimmed. Bodies keep their no-break spaces.
 */
export function readableLine(line: string): string {
  return line
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Whether a line holds nothing but whitespace (including no-break spaces). */
export function isBlank(line: string): boolean {
  return readableLine(line) === '';
}

/** Removes surrounding Markdown emphasis from a whole line: `**By AFP**`, `_July 1, 2025_`. */
export function unwrapEmphasis(line: string): string {
  const m = /^(\*\*|__|\*|_)(.+)\1$/.exec(line);
  return m?.[2] !== undefined ? m[2].trim() : line;
}

/** Letters and digits only, lower case, without accents: `Aktuálně.cz` → `aktualnecz`. */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// Scripts written without spaces between words: each character counts as a word.
const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const WORD = new RegExp(`[${UNSPACED}]|(?:(?![${UNSPACED}])[\\p{L}\\p{N}])+`, 'gu');

/**
 * The words of `text`: runs of letters and digits, and each character of the scripts written
 * without spaces (Chinese, Japanese), where a run would be a whole sentence.
 */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
