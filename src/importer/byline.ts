/**
 * Byline lines (`By [AFP](#)`, `By Jane Doe and John Roe`, `By Anna Petrova, Staff Writer`):
 * the byline as printed, and the people or agencies in it. A role after a comma stays in the
 * byline but is not an author.
 */
import { withoutBylineClutter } from './byline-markup';
import { parseCjkByline } from './cjk-byline';
import { plainText } from './plain-text';
import { unwrapEmphasis } from './text';

export interface Byline {
  /** As printed, without "By" and without link markup. */
  byline: string;
  /** The names in it, without roles. */
  authors: string[];
}

// Words that make a comma-separated part of a byline a job title or a desk, not a name.
const ROLE_WORDS =
  /\b(?:writer|reporter|correspondent|editor|editors|staff|contributor|columnist|analyst|photographer|producer|bureau|chief|desk|senior|special|political|foreign|business|science|reporting|newsroom|team|intern|fellow)\b/i;
const MAX_NAME_WORDS = 6;
// "and" between names (not Spanish "y" or Italian "e": "Ortega y Gasset" is one name).
const AND = /\s+(?:and|&|et|und|en|och|og|и)\s+/iu;
const AND_FIRST = /^(?:and|&|et|und|en|och|og|и)\s+/iu;

/** Whether a line under a byline is the writer's job title or desk (`Staff Writer`). */
export function isRoleLine(line: string): boolean {
  return line.length <= 60 && ROLE_WORDS.test(line) && /^\p{Lu}/u.test(line) && !/[.!?]$/.test(line);
}

function isRole(part: string): boolean {
  return ROLE_WORDS.test(part) || /^(?:in|for|from|at)\s/i.test(part) || /^[a-z]/.test(part);
}

// "By" (also "Written by", "Posted by", "Words by", "Story by") as other languages print it:
// fr Par, de Von, es/pt Por, it Di, nl Door, sv/da/no Av/Af, ru Автор(ы) / Текст, uk Автор(и),
// ar بقلم, and the labels `Text:`, `Texto:`, `Texte:`, `Autor:`, `Author:`.
const BY =
  /^(?:(?:(?:written|posted|words|story|text)\s+)?by:?|(?:publicado|publicada|escrito|escrita)\s+por:?|por:|par|von|por|di|door|av|af|автор[ыи]?:|текст:|text:|texto:|texte:|autor(?:in)?:|author:|بقلم:?)\s+(.+)$/iu;
// Of those, the ones that also start surnames: "Di Maio" alone is a name, not "By Maio".
const SURNAME_PARTICLE = /^(?:di|von|af)\s/i;
const ONE_SURNAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * Reads a line as a byline, or returns `undefined` when it is not one (prose that starts with
 * "By", or names too long to be names).
 */
export function parseByline(line: string): Byline | undefined {
  const unwrapped = withoutBylineClutter(unwrapEmphasis(line), isRoleLine);
  const m = BY.exec(unwrapped);
  if (!m?.[1]) return parseCjkByline(unwrapped);
  const byline = plainText(m[1]);
  if (SURNAME_PARTICLE.test(unwrapped) && ONE_SURNAME.test(byline)) return undefined;
  return readNames(byline);
}

/**
 * Reads names printed without "By" (`Reuters` beside a date, an exporter's `Author:` field) as
 * a byline, or returns `undefined` when they do not read as names.
 */
export function parseNames(text: string): Byline | undefined {
  return readNames(plainText(text));
}

function readNames(byline: string): Byline | undefined {
  if (byline === '' || (/[.!?]$/.test(byline) && !/\b[A-Z]\.$/.test(byline))) return undefined;
  if (!/^[\p{Lu}\p{Lo}]/u.test(byline)) return undefined;

  const authors: string[] = [];
  for (const piece of byline.split(/\s*,\s*/)) {
    const part = piece.replace(AND_FIRST, '');
    if (part === '') continue;
    const names = part.split(AND).map((name) => name.trim());
    if (authors.length > 0 && isRole(part)) continue;
    for (const name of names) {
      if (name === '') continue;
      if (name.split(' ').length > MAX_NAME_WORDS) return undefined;
      authors.push(name);
    }
  }
  if (authors.length === 0) return undefined;
  return { byline, authors };
}
