import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/loaders/content-error';
import { parseArticleSource } from '../../../src/loaders/frontmatter';

const FILE = 'content/articles/x.md';
const FIELDS = 'source: https://example.com/a\npublished: 2025-07-01\n';

/** The problem lines parsing `contents` throws, or none. */
function problems(contents: string): readonly string[] {
  try {
    parseArticleSource(contents, FILE);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
}

describe('parseArticleSource', () => {
  test('should read fields and body, counting the lines of the block in the file', () => {
    const source = parseArticleSource(`\uFEFF---\r\ntitle: A\r\n${FIELDS}---\r\n\r\nBody.\r\n`, FILE);
    expect(source.data).toEqual({ title: 'A', source: 'https://example.com/a', published: '2025-07-01' });
    expect(source.body).toBe('Body.');
    expect(source.dataLine).toBe(2);
  });

  test('should read an empty block as no fields, for the schema to name what is missing', () => {
    expect(parseArticleSource('---\n---\nBody.', FILE).data).toEqual({});
  });

  test('should end the block only at a --- line, not at --- ending a value', () => {
    const source = parseArticleSource(`---\ntitle: Wait---\n${FIELDS}---\nBody.`, FILE);
    expect(source.data['title']).toBe('Wait---');
    expect(source.body).toBe('Body.');
  });

  test.each([
    [
      'a value holding ": "',
      `---\ntitle: Breaking: Heatwave SECRET\n${FIELDS}---\n`,
      `${FILE}: title: the value holds ": ", which YAML reads as another field: put the whole value in quotes, as in title: "…" (line 2, column 8)`,
    ],
    [
      'a duplicate key',
      `---\ntitle: One SECRET\n${FIELDS}title: Two SECRET\n---\n`,
      `${FILE}: title: the field is given more than once (first on line 2): keep one (line 5, column 1)`,
    ],
    [
      'an unknown !! tag',
      `---\ntitle: A\n${FIELDS}fn: !!js/function "function () { SECRET }"\n---\n`,
      `${FILE}: fn: a YAML tag (such as !!js/function) the content format does not allow: remove it (line 5, column 5)`,
    ],
    [
      'an unknown verbatim tag',
      `---\ntitle: !<tag:yaml.org,2002:js/function> SECRET\n${FIELDS}---\n`,
      `${FILE}: title: a YAML tag (such as !!js/function) the content format does not allow: remove it (line 2, column 8)`,
    ],
    [
      'an over-long line',
      `---\ntitle: A\n${FIELDS}${'SECRET '.repeat(200)}: x\n---\n`,
      `${FILE}: (frontmatter): a line too long to be a field name: each line must be \`name: value\`, and a value that goes on must be indented (line 5, column 1)`,
    ],
    [
      'a value that goes on, unindented, on the next line',
      `---\ntitle: A headline\nthat goes on SECRET\n${FIELDS}---\n`,
      `${FILE}: title: a line that is not \`name: value\`: a value that goes on to another line must be indented there, or quoted (line 3, column 1)`,
    ],
    [
      'a quote never closed',
      `---\ntitle: "A SECRET\n${FIELDS}---\n`,
      `${FILE}: title: a quote that opens a value is never closed (line 2, column 8)`,
    ],
    [
      'a [ never closed',
      `---\ntitle: A\ntags: [Heat, SECRET\n${FIELDS}---\n`,
      `${FILE}: tags: a [ or { that opens a value is never closed: close it, or put the value in quotes (line 3, column 7)`,
    ],
    [
      'a value indented more than the line before',
      `---\ntitle: A\n${FIELDS}image:\n    credit: A\n  caption: SECRET\n---\n`,
      `${FILE}: image: bad indentation: indent the lines of one value alike, with spaces (line 7, column 1)`,
    ],
    [
      'a tab used to indent',
      `---\ntitle: A\n${FIELDS}image:\n\tcaption: SECRET\n---\n`,
      `${FILE}: image: a tab used to indent: indent with spaces (line 6, column 1)`,
    ],
    [
      'an alias with no anchor',
      `---\ntitle: A\n${FIELDS}tags: [x, *SECRET]\n---\n`,
      `${FILE}: tags: a YAML alias (*name) with no anchor (&name) before it: remove it, or quote a value that starts with * (line 5, column 11)`,
    ],
    [
      'a list instead of fields',
      `---\n- SECRET\n---\n`,
      `${FILE}: (frontmatter): must be fields, one a line (name: value), not a list or a text (line 2)`,
    ],
  ])('should say %s by field, line and column, never quoting the file', (_, contents, message) => {
    expect(problems(contents)).toEqual([message]);
  });

  test('should report every problem of a block, one line each', () => {
    const found = problems(`---\ntitle: A: SECRET\n${FIELDS}dek: !!js/regexp /SECRET/\ndek: B\n---\n`);
    expect(found).toHaveLength(3);
    expect(found.join('\n')).not.toContain('SECRET');
  });

  test.each([
    ['an empty file', '', `${FILE}: title: is required: the file is empty (it must start with a --- line, its fields, and a --- line)`],
    ['a file of blank lines', '\n \n', `${FILE}: title: is required: the file is empty (it must start with a --- line, its fields, and a --- line)`],
    ['-- for ---', `--\ntitle: A\n--\nSECRET`, `${FILE}: no frontmatter: line 1 has 2 hyphens where a --- line has three (the file must start with a --- line, its fields, and a --- line)`],
    ['---- for ---', `----\ntitle: A\n---\nSECRET`, `${FILE}: no frontmatter: line 1 has 4 hyphens where a --- line has three (the file must start with a --- line, its fields, and a --- line)`],
    ['dashes for ---', `—-\ntitle: A\n---\nSECRET`, `${FILE}: no frontmatter: line 1 has dashes that are not hyphens (– or —) where a --- line has three hyphens (the file must start with a --- line, its fields, and a --- line)`],
    ['an indented ---', ` ---\ntitle: A\n---\nSECRET`, `${FILE}: no frontmatter: line 1 has spaces around its ---, which must start the line (the file must start with a --- line, its fields, and a --- line)`],
    ['text after ---', `--- title: A\n---\nSECRET`, `${FILE}: no frontmatter: line 1 has more than --- on it, which must be alone on its line (the file must start with a --- line, its fields, and a --- line)`],
    ['blank lines first', `\n\n---\ntitle: A\n---\nSECRET`, `${FILE}: no frontmatter: the file starts with 2 blank lines, then the --- line, which must be line 1 (the file must start with a --- line, its fields, and a --- line)`],
    ['TOML', `+++\ntitle = "A"\n+++\nSECRET`, `${FILE}: no frontmatter: line 1 is +++ (TOML): write the fields as YAML between --- lines (the file must start with a --- line, its fields, and a --- line)`],
    ['fields with no ---', `title: A\n${FIELDS}\nSECRET`, `${FILE}: no frontmatter: line 1 is a field with no --- line before it (the file must start with a --- line, its fields, and a --- line)`],
    ['a body only', `SECRET text.\n`, `${FILE}: no frontmatter: line 1 is text, not a --- line (the file must start with a --- line, its fields, and a --- line)`],
    ['-- closing ---', `---\ntitle: A\n${FIELDS}--\nSECRET`, `${FILE}: no frontmatter: the --- line that opens it is never followed by another: line 5 has 2 hyphens where a --- line has three`],
    ['no closing ---', `---\ntitle: A\n${FIELDS}\nSECRET`, `${FILE}: no frontmatter: the --- line that opens it is never followed by another`],
  ])('should say what it found for %s', (_, contents, message) => {
    expect(problems(contents)).toEqual([message]);
  });
});

test('a content error carries no stack, so Astro prints the problems alone', () => {
  const error = new ContentError(['a: one', 'b: two']);
  expect(error.message).toBe('a: one\nb: two');
  expect(error.stack).toBe('');
});
