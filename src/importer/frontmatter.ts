/**
 * Writes a content file: YAML frontmatter between `---` lines, a blank line, the body. Date-times
 * are double-quoted so YAML loaders keep them as written instead of turning them into UTC `Date`s;
 * plain dates stay unquoted (the schema reads a midnight-UTC `Date` back as that day).
 */
import { Document, isScalar, Scalar, visit } from 'yaml';
import { parseIsoDate } from '../lib/dates';

function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && parseIsoDate(value)?.time !== undefined;
}

/** YAML text of the frontmatter, one field per line, never folded. */
export function frontmatterYaml(frontmatter: Record<string, unknown>): string {
  const doc = new Document(frontmatter);
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && isDateTime(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** The whole content file: frontmatter, a blank line, the body, one final newline. */
export function renderArticle(frontmatter: Record<string, unknown>, body: string): string {
  const text = body.trim() === '' ? '' : `\n${body.replace(/\n+$/, '')}\n`;
  return `---\n${frontmatterYaml(frontmatter)}---\n${text}`;
}
