/**
 * The language of an imported article, detected with franc-min (trigram statistics over the
 * 80-odd most spoken languages) and written as a BCP 47 tag. Undecided text counts as English,
 * the site's default, so a short or mixed copy never gets a wrong `lang`.
 */
import { francAll } from 'franc-min';
import { canonicalLanguageTag, isLanguageTag } from '../lib/language';
import { settleCloseLanguages } from './close-languages';

// Fewer letters than this and trigram statistics are guesswork.
const MIN_LENGTH = 40;
// franc scores the best language 1 and the others relative to it. Short English copy can score a
// hair below French or Spanish; when English is this close, the text is not told apart from it.
const CLOSE_TO_ENGLISH = 0.9;
// Only short texts: over longer ones every language scores close to the best, so the rule above
// turned a 130-word French or German article into English (measured on the benchmark's pages:
// 11 of 20 non-English 130-word openings told apart with the rule everywhere, 18 with it here).
const SHORT = 300;

/** Strips code, Markdown link targets, URLs and markup so only the words are measured. */
function wordsOnly(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|~-]+/g, ' ');
}

/** BCP 47 tag of the language of `text`, or `undefined` when it cannot be told. */
export function detectLanguage(text: string): string | undefined {
  const words = wordsOnly(text);
  const scores = francAll(words, { minLength: MIN_LENGTH });
  const first = scores[0]?.[0];
  if (first === undefined || first === 'und') return undefined;
  const code = settleCloseLanguages(scores, words);
  const english = scores.find(([language]) => language === 'eng')?.[1] ?? 0;
  if (code !== 'eng' && english >= CLOSE_TO_ENGLISH && words.length < SHORT) return undefined;
  // Intl maps ISO 639-3 codes to their shortest BCP 47 form (`rus` → `ru`, `arb` → `ar`).
  return isLanguageTag(code) ? canonicalLanguageTag(code) : undefined;
}
