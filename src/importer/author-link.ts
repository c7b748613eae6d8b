/**
 * Bylines printed as links to the writer's page, with no "By" before them, as whole-page copies
 * keep them: `[Jane Doe](https://news.example/author/jane-doe/ "Posts by Jane Doe")`,
 * `### [Jane Doe](…/authors/jane-doe)`, `[13/06/2014](…) [Jane Doe](…/author/jane-doe/)`. A link
 * counts when its address is an author page (`/author/`, `/autor/`, `/auteur/`, …) and its text
 * is the name the address or the link's title gives, so that "View all articles" or "About" beside
 * it are not taken. Account names (`admin`, `jdoe42`) are kept as printed.
 */
import type { Byline } from './byline';
import { plainText } from './plain-text';
import { squash } from './text';

// `[text](address "title")`, the text holding no brackets (so not a picture inside a link).
const LINK = /(!?)\[([^[\]]+)\]\(\s*<?([^\s<>()]+)>?(?:\s+"([^"]*)")?\s*\)/g;
// The path segment of an author's page, in the languages sites use.
const AUTHOR_PATH =
  /\/(?:authors?|autor(?:es|en|in)?|autore|autori|auteurs?|autorzy|avtor|writers?|journalists?|columnists?|contributors?|redakteur(?:in)?|mitarbeiter|byline|profiles?\/authors?)\/([^/?#]+)/i;
// "Posts by Jane Doe", "View all posts by Jane Doe", "Posts de Jane Doe", "Beiträge von Jane Doe".
const TITLE_BY = /\b(?:by|de|von|di|par|por|door|av|af)\s+(.+)$/iu;
// A role printed after the name inside the link: `Jane Doe - Staff Writer`, `Reuters,`.
const TRAILING = /\s*(?:[-–—|,]\s*[^-–—|,]*)?[\s,;:]*$/u;
const MAX_NAME_WORDS = 5;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The name a link to an author's page prints, or `undefined` when it prints something else. */
function linkName(text: string, address: string, title: string | undefined): string | undefined {
  const slug = AUTHOR_PATH.exec(address)?.[1];
  if (slug === undefined) return undefined;
  const printed = plainText(text).trim();
  // The name alone, without a role after a dash or comma (`Jane Doe - Staff Writer`, `Reuters,`).
  const name = printed.replace(TRAILING, '').trim() || printed;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || /^\d/.test(name)) return undefined;
  const named = title === undefined ? undefined : TITLE_BY.exec(title)?.[1];
  if (named !== undefined && squash(named) === squash(name)) return name;
  const key = squash(decoded(slug));
  return words.some((word) => squash(word).length >= 3 && key.includes(squash(word))) ? name : undefined;
}

/** The byline a line prints as links to author pages (one or several), or `undefined`. */
export function readAuthorLinks(line: string): Byline | undefined {
  const names: string[] = [];
  for (const match of line.matchAll(LINK)) {
    if (match[1] === '!') continue;
    const name = linkName(match[2] ?? '', match[3] ?? '', match[4]);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  if (names.length === 0) return undefined;
  return { byline: names.join(', '), authors: names };
}

// A link to one of the writer's accounts beside the name: `[@janedoe](…)`, `[Twitter](…)`.
const ACCOUNT_LINK = /^\s*\[(?:@[\p{L}\p{N}_.]+|twitter|x|facebook|instagram|linkedin|e-?mail)\]\([^)]*\)/iu;
const LEADING_LINK = /^\[([^[\]]+)\]\(\s*<?([^\s<>()]+)>?(?:\s+"[^"]*")?\s*\)/;

/**
 * A name linked to a page named after it (`[Jane Doe](https://news.example/jane-doe/)`,
 * `[Jane Q. Doe](…/sites/janedoe/)`) with what marks it as a person's: a link to one of their
 * accounts right after it, or a job title (`Senior Contributor`, told by `isRole`). A topic page
 * (`[Jane Doe](…/topics/jane-doe)` in a story) has neither. `undefined` otherwise.
 */
export function readProfileLink(line: string, isRole: (text: string) => boolean): Byline | undefined {
  const link = LEADING_LINK.exec(line.trim());
  if (link?.[1] === undefined || link[2] === undefined) return undefined;
  const name = plainText(link[1]).trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > MAX_NAME_WORDS || !/^\p{Lu}/u.test(name)) return undefined;
  const slug = new URL(link[2], 'https://x.invalid/').pathname.split('/').filter(Boolean).at(-1) ?? '';
  // The page's name is the person's, middle initials aside.
  const named = [squash(name), squash(words.filter((word) => squash(word).length >= 2).join(''))];
  if (!named.includes(squash(decoded(slug)))) return undefined;
  const after = line.trim().slice(link[0].length);
  const marked = ACCOUNT_LINK.test(after) || (after.trim() !== '' && isRole(plainText(after).trim()));
  return marked ? { byline: name, authors: [name] } : undefined;
}
