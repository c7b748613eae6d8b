// One paragraph per line (text extractors' output) becomes paragraphs; other line breaks stay.
import { describe, expect, test } from 'vitest';
import { splitLineParagraphs } from '../../../src/importer/line-paragraphs';
import { parseRawCopy } from '../../../src/importer/raw-copy';

const long = (n: number) =>
  `Paragraph ${n} tells what the council decided on Monday, who spoke for and against it, and what happens to the library next year.`;

describe('splitLineParagraphs', () => {
  test('should make each long line a paragraph', () => {
    expect(splitLineParagraphs(`${long(1)}\n${long(2)}\n${long(3)}`)).toBe(
      `${long(1)}\n\n${long(2)}\n\n${long(3)}`,
    );
  });

  test('should split one-line paragraphs inside a quote, keeping the quote', () => {
    expect(splitLineParagraphs(`> ${long(1)}\n> ${long(2)}`)).toBe(`> ${long(1)}\n>\n> ${long(2)}`);
  });

  test.each([
    [
      'hard-wrapped prose',
      'The council voted on Monday to keep the old library\nopen for another five years, after a campaign by\nparents and teachers.',
    ],
    [
      'a poem',
      'I wandered lonely as a cloud\nThat floats on high o’er vales and hills,\nWhen all at once I saw a crowd,',
    ],
    ['a list', `- ${long(1)}\n- ${long(2)}`],
    ['a table', `| a | b |\n|---|---|\n| ${long(1)} | x |\n| ${long(2)} | y |`],
    ['deliberate line breaks', `${long(1)}  \n${long(2)}`],
    ['fenced code', `\`\`\`\n${long(1)}\n${long(2)}\n\`\`\``],
    ['paragraphs already apart', `${long(1)}\n\n${long(2)}`],
  ])('should keep %s as written', (_name, markdown) => {
    expect(splitLineParagraphs(markdown)).toBe(markdown);
  });
});

test('a raw copy written one paragraph per line should import as paragraphs', () => {
  const copy = `# Library Stays Open\n\nBy Jane Doe\n\nJune 8, 2026\n\n${long(1)}\n${long(2)}\n\nOriginal url:\n\n<https://news.example.com/a>`;
  expect(parseRawCopy(copy).body).toBe(`${long(1)}\n\n${long(2)}`);
});

describe('a page written as text, one line per block', () => {
  // Mostly short lines, as a page's menus and labels are.
  const page = ['Home', 'News', long(1), 'Advertisement', 'Share', long(2), 'Sport'];

  test('should make every line a block when two lines are longer than any hard wrap', () => {
    expect(splitLineParagraphs(page.join('\n'))).toBe(page.join('\n\n'));
  });

  test('should leave the chrome lines between its paragraphs out, named by their lines in the copy', () => {
    const copy = `# Library Stays Open\n\nBy Jane Doe\n\nJune 8, 2026\n\n${page.join('\n')}\n\nOriginal url:\n\n<https://news.example.com/a>`;
    const draft = parseRawCopy(copy);
    expect(draft.body).toBe(`${long(1)}\n\n${long(2)}`);
    expect(draft.warnings.join('\n')).toContain('"Advertisement" (line 10)');
  });
});
