/**
 * Reading time, per language: words for scripts that space their words, characters for Chinese
 * and Japanese. Speeds are the medians of adults reading the same text silently
 * in 17 languages (Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading
 * Performance: The New International Reading Speed Texts IReST", IOVS 2012).
 */

/** Words per minute, by language. */
const WORDS_PER_MINUTE: Record<string, number> = {
  ar: 138,
  de: 179,
  en: 228,
  es: 218,
  fi: 161,
  fr: 195,
  he: 187,
  it: 188,
  nl: 202,
  pl: 166,
  pt: 181,
  ru: 184,
  sl: 180,
  sv: 199,
  tr: 166,
  // Not measured by IReST: Ukrainian reads as Russian does.
  uk: 184,
};
const DEFAULT_WORDS_PER_MINUTE = 200;

/** Characters per minute, for the scripts written without spaces between words. */
const CHARACTERS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357 };
const DEFAULT_CHARACTERS_PER_MINUTE = 300;

/** How much there is to read: words, and characters of Han and kana, which are not spaced. */
export interface TextSize {
  words: number;
  characters: number;
}

// Letters used by Han and kana (the long-vowel mark ー too), not their punctuation.
const UNSPACED = /[[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]&&\p{L}]/gv;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gv;

/** The size of a text (plain text, or HTML, whose tags are not counted). */
export function textSize(text: string): TextSize {
  const plain = text.replace(/<[^>]*>/g, ' ');
  const characters = plain.match(UNSPACED)?.length ?? 0;
  const words = plain.replace(UNSPACED, ' ').match(WORD)?.length ?? 0;
  return { words, characters };
}

/** Whole minutes to read a text of `size` in language `lang`, at least one. */
export function readingMinutes(size: TextSize, lang: string): number {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const wpm = WORDS_PER_MINUTE[base] ?? DEFAULT_WORDS_PER_MINUTE;
  const cpm = CHARACTERS_PER_MINUTE[base] ?? DEFAULT_CHARACTERS_PER_MINUTE;
  return Math.max(1, Math.round(size.words / wpm + size.characters / cpm));
}
