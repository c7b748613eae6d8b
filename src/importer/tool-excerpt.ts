/**
 * The excerpt a web clipper's template prints under the headline, apart from the story: MarkDownload
 * writes the page's description as a quote headed `## Excerpt`, then a rule, then the article.
 * It is the copy's summary, not its first paragraph.
 */

const EXCERPT_HEADING = /^>\s*#{1,6}\s*excerpt\s*$/i;
const QUOTE = /^>\s?(.*)$/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;

export interface ToolExcerpt {
  text: string;
  /** The lines it takes, the rule under it included. */
  lines: number[];
}

/** The excerpt block starting at the first non-blank line from `from`, or `undefined`. */
export function readToolExcerpt(lines: readonly string[], from: number): ToolExcerpt | undefined {
  let index = from;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  if (!EXCERPT_HEADING.test(lines[index] ?? '')) return undefined;
  const taken = [index];
  const words: string[] = [];
  for (index += 1; index < lines.length; index++) {
    const quoted = QUOTE.exec(lines[index] ?? '');
    if (quoted === null) break;
    taken.push(index);
    if (quoted[1]?.trim()) words.push(quoted[1].trim());
  }
  let next = index;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  if (RULE.test(lines[next] ?? '')) taken.push(next);
  return { text: words.join(' '), lines: taken };
}
