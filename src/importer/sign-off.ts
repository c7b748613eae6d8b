/**
 * The writer named at the end of a story, for a copy that names no one above it: a Korean
 * sign-off, the name and a role with an e-mail address (`홍길동 기자 hong@news.example`,
 * `칼럼니스트 홍길동`), and a wire story's credit line (`Reporting by Jane Doe and John Roe;
 * Editing by Sam Poe`, the reporters; `Writing by …` when no one is named as reporting). The line
 * leaves the body: the byline shows it.
 */
import { parseNames, type Byline } from './byline';
import type { ArticleDraft } from './draft';
import { plainText } from './plain-text';

// How many of the body's last lines may hold the sign-off (a photo credit and a copyright under it).
const MAX_FROM_END = 6;
const ROLE = '기자|칼럼니스트|특파원|통신원|논설위원|편집위원|평론가|객원기자|선임기자|수습기자|인턴기자';
const NAME = '\\p{Script=Hangul}{2,4}';
const KOREAN = new RegExp(`^(?:(${NAME})\\s*(?:${ROLE})|(?:${ROLE})\\s*(${NAME}))$`, 'u');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// `Reporting by A; Additional reporting by B; Writing by C; Editing by D`, in parentheses or not.
const CREDIT = /^\(?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s/i;
const CREDIT_PART = /^(?:additional\s+)?(reporting|writing|editing)\s+by\s+(.+)$/i;
// Where each was (`Jane Doe in Bengaluru and John Roe in New York`): a place, not a name.
const PLACE = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?=\s+and\s|\s*,|$)/gu;

/** The line as a reader sees it: links as their text, without e-mail addresses or emphasis. */
function seen(line: string): string {
  return plainText(line)
    .replace(EMAIL, ' ')
    .replace(/[*_=[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function korean(text: string): Byline | undefined {
  const m = KOREAN.exec(text);
  const name = m?.[1] ?? m?.[2];
  return name === undefined ? undefined : { byline: text, authors: [name] };
}

function credit(line: string): Byline | undefined {
  const text = plainText(line).trim();
  if (!CREDIT.test(text)) return undefined;
  const parts = text
    .replace(/^\(|\)$/g, '')
    .split(/\s*;\s*/)
    .map((part) => CREDIT_PART.exec(part.replace(/\.$/, '').trim()))
    .filter((m) => m !== null);
  const named = (role: RegExp) =>
    parts.filter((m) => role.test(m[1] ?? '')).map((m) => (m[2] ?? '').replace(PLACE, ''));
  const reporting = named(/^reporting$/i);
  const names = reporting.length > 0 ? reporting : named(/^writing$/i);
  return names.length === 0 ? undefined : parseNames(names.join(' and '));
}

/** Reads the sign-off into `draft` when it has no byline yet, and takes the line out of its body. */
export function takeSignOff(draft: ArticleDraft): void {
  if (draft.byline !== undefined) return;
  const lines = draft.body.split('\n');
  let seenLines = 0;
  for (let index = lines.length - 1; index >= 0 && seenLines < MAX_FROM_END; index--) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    seenLines++;
    const byline = korean(seen(line)) ?? credit(line);
    if (byline === undefined) continue;
    draft.byline = byline.byline;
    draft.authors = byline.authors;
    lines.splice(index, 1);
    draft.body = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    draft.warnings.push(`the byline is read from the story's last lines: "${seen(line)}"`);
    (draft.guessed ??= []).push('byline: read from the end of the story');
    return;
  }
}
