/**
 * YAML problems in words of our own. The yaml library's messages (and its "pretty" ones above
 * all) quote the line they are about, and a message must never print a file's text: each problem
 * is said by its kind, with what to do about it, and placed by line and column.
 */
import type { ErrorCode, YAMLError } from 'yaml';

/** What a kind of YAML problem means in a frontmatter block, and what to do. */
const KINDS: Partial<Record<ErrorCode, string>> = {
  ALIAS_PROPS: 'an alias (*name) cannot have a tag or anchor: remove it',
  BAD_ALIAS: 'a YAML alias (*name) that cannot be read: remove it',
  BAD_DIRECTIVE: 'a YAML directive (%…) that cannot be read: remove the line',
  BAD_DQ_ESCAPE:
    'a backslash escape that YAML does not know in a double-quoted value: write \\\\ for a backslash, or use single quotes',
  BAD_INDENT: 'bad indentation: indent the lines of one value alike, with spaces',
  BAD_PROP_ORDER: 'a YAML anchor or tag in the wrong place: remove it',
  BAD_SCALAR_START: 'a value cannot start with this character (@, ` or %): put the value in quotes',
  BLOCK_IN_FLOW: 'a value inside [ ] or { } runs over lines: keep it on one line',
  DUPLICATE_KEY: 'the field is given more than once: keep one',
  KEY_OVER_1024_CHARS:
    'a line too long to be a field name: each line must be `name: value`, and a value that goes on must be indented',
  MULTIPLE_ANCHORS: 'more than one YAML anchor (&name) on a value: remove them',
  MULTIPLE_DOCS: 'a second YAML document (after a ... line): the frontmatter is one block of fields',
  MULTIPLE_TAGS: 'more than one YAML tag (!…) on a value: remove them',
  NON_STRING_KEY: 'a field name must be plain text',
  RESOURCE_EXHAUSTION: 'YAML aliases that expand too much: remove them',
  TAB_AS_INDENT: 'a tab used to indent: indent with spaces',
  TAG_RESOLVE_FAILED: 'a YAML tag (such as !!js/function) the content format does not allow: remove it',
  BAD_COLLECTION_TYPE: 'a YAML tag (!…) that does not fit its value: remove it',
};

const NOT_A_FIELD =
  'a line that is not `name: value`: a value that goes on to another line must be indented there, or quoted';

/** `line` holds a `: ` (or ends in `:`) from column `col`: a value that needs quotes. */
function colonInValue(line: string, col: number): boolean {
  return /:(?:[ \t]|$)/.test(line.slice(Math.max(0, col - 1)));
}

/**
 * What is wrong, for a problem the yaml library found at column `col` (1-based) of the
 * frontmatter line `text`, in the value of `field`. The text is looked at, never shown.
 */
export function yamlProblemKind(error: YAMLError, text: string, col: number, field = 'title'): string {
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return colonInValue(text, col)
        ? `the value holds ": ", which YAML reads as another field: put the whole value in quotes, as in ${field}: "…"`
        : 'a line is indented under a field that already has a value: indent it less, or put the value in quotes';
    case 'BAD_INDENT':
      return unclosedOpeners(error)
        ? 'a [ or { that opens a value is never closed: close it, or put the value in quotes'
        : (KINDS.BAD_INDENT ?? '');
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return 'a quote that opens a value is never closed';
      if (/directives-end/i.test(error.message)) return 'a YAML directive (%…): remove the line';
      return NOT_A_FIELD;
    case 'MULTILINE_IMPLICIT_KEY':
      return NOT_A_FIELD;
    case 'UNEXPECTED_TOKEN':
    case 'IMPOSSIBLE':
      return 'YAML cannot read this: put the value in quotes';
    default:
      return KINDS[error.code] ?? `YAML cannot read this (${error.code})`;
  }
}

/** The characters that open the value a problem says is never closed (quotes, `[`, `{`), if any. */
export function unclosedOpeners(error: YAMLError): string | undefined {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return `"'`;
  if (error.code === 'BAD_INDENT' && /end with a [\]}]/.test(error.message)) return '[{';
  return undefined;
}

/** What is wrong, for an error thrown while the parsed YAML was turned into fields. */
export function yamlValueProblem(error: Error): string {
  if (/resource exhaustion/i.test(error.message)) return KINDS.RESOURCE_EXHAUSTION ?? '';
  if (/alias/i.test(error.message)) {
    return 'a YAML alias (*name) with no anchor (&name) before it: remove it, or quote a value that starts with *';
  }
  return 'YAML that cannot be turned into fields';
}
