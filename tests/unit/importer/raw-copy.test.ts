/** Raw-copy shapes beyond the fixture folders, checked field by field. */
import { describe, expect, test } from 'vitest';
import { parseRawCopy } from '../../../src/importer/raw-copy';

const FOOTER = '\n\nOriginal url: <https://news.example.com/a>\n';
const STORY = 'The council approved the plan on Monday after a long debate that lasted well into the night.';

describe('parseRawCopy', () => {
  test('should read a headline underlined with =', () => {
    const draft = parseRawCopy(
      `Tram Line Approved\n==================\n\nBy AFP\n\nJune 8, 2026\n\n${STORY}${FOOTER}`,
    );
    expect(draft).toMatchObject({ title: 'Tram Line Approved', byline: 'AFP', published: '2026-06-08' });
    expect(draft.body).toBe(STORY);
  });

  test('should read a byline and a date on one line', () => {
    const draft = parseRawCopy(`# Tram\n\nBy Jane Doe | June 8, 2026 10:45 am\n\n${STORY}${FOOTER}`);
    expect(draft).toMatchObject({ byline: 'Jane Doe', published: '2026-06-08T10:45' });
  });

  test('should read a dek between the headline and the byline', () => {
    const draft = parseRawCopy(
      `# Tram\n\nThe line opens in 2029.\n\nBy AFP\n\nJune 8, 2026\n\n${STORY}${FOOTER}`,
    );
    expect(draft.dek).toBe('The line opens in 2029.');
    expect(draft.body).toBe(STORY);
  });

  test('should take a picture beside the copy first in the body as the lead photo, without a warning', () => {
    const draft = parseRawCopy(
      `# Tram\n\nBy AFP\n\nJune 8, 2026\n\n![A tram](tram.jpg)\n\n${STORY}${FOOTER}`,
    );
    expect(draft.image).toEqual({ localSrc: 'tram.jpg', alt: 'A tram' });
    expect(draft.body).toBe(STORY);
    expect(draft.warnings).toEqual([]);
  });

  test('should leave an image line after the story starts in the body, without a warning', () => {
    const draft = parseRawCopy(
      `# Tram\n\nBy AFP\n\nJune 8, 2026\n\n${STORY}\n\n![A tram](tram.jpg)\n\n${STORY}${FOOTER}`,
    );
    expect(draft.image).toBeUndefined();
    expect(draft.body).toBe(`${STORY}\n\n![A tram](tram.jpg)\n\n${STORY}`);
    expect(draft.warnings).toEqual([]);
  });

  test('should keep fenced code exactly, blank lines and placeholders included', () => {
    const code = '```\n[x](#)  \n\n\n**Related article:** [y](#)\n```';
    const draft = parseRawCopy(`# Tram\n\nBy AFP\n\nJune 8, 2026\n\n${STORY}\n\n${code}${FOOTER}`);
    expect(draft.body).toBe(`${STORY}\n\n${code}`);
    expect(draft.related).toEqual([]);
  });

  test('should keep an "Original url" line that is not the last thing in the copy', () => {
    const draft = parseRawCopy(
      `# Tram\n\nBy AFP\n\nJune 8, 2026\n\n${STORY}\n\nOriginal url: <https://a.example/x>\n\nMore text.`,
    );
    expect(draft.source).toBeUndefined();
    expect(draft.body).toContain('Original url: <https://a.example/x>');
  });

  test('should take a ## headline when the copy has no # headline, and a # headline over it', () => {
    const lower = parseRawCopy(`## **Tram Line Approved**\n\nJune 8, 2026\n\n${STORY}${FOOTER}`);
    expect(lower).toMatchObject({ title: 'Tram Line Approved', published: '2026-06-08' });
    const both = parseRawCopy(`## Menu\n\n# Tram Line Approved\n\nJune 8, 2026\n\n${STORY}${FOOTER}`);
    expect(both.title).toBe('Tram Line Approved');
  });

  test('should read a name beside a date, and leave the reading time out', () => {
    const draft = parseRawCopy(`# Tram\n\nJane Doe · 5 min read · June 8, 2026\n\n${STORY}${FOOTER}`);
    expect(draft).toMatchObject({ byline: 'Jane Doe', published: '2026-06-08' });
    expect(draft.body).toBe(STORY);
  });

  test.each([
    ['above the headline', `Source: https://a.example/x\n\n# Tram\n\nJune 8, 2026\n\n${STORY}`],
    ['under the headline', `# Tram\n\nURL Source: <https://a.example/x>\n\nJune 8, 2026\n\n${STORY}`],
    ['at the end', `# Tram\n\nJune 8, 2026\n\n${STORY}\n\nOriginally published at https://a.example/x`],
  ])('should read the original address %s', (_where, copy) => {
    const draft = parseRawCopy(copy);
    expect(draft.source).toBe('https://a.example/x');
    expect(draft.body).toBe(STORY);
    expect(draft.warnings).toEqual([]);
  });

  test('should take the title from a reader preamble when the copy under it opens with a section', () => {
    const preamble = 'Title: Tram Line Approved\n\nURL Source: https://a.example/x\n\nMarkdown Content:\n';
    const draft = parseRawCopy(`${preamble}## The vote\n\n${STORY}`);
    expect(draft).toMatchObject({ title: 'Tram Line Approved', source: 'https://a.example/x' });
    expect(draft.body).toBe(`## The vote\n\n${STORY}`);
  });

  test('should refuse a copy without a headline', () => {
    expect(() => parseRawCopy(`By AFP\n\n${STORY}`)).toThrow('no headline');
    expect(() => parseRawCopy('\n\n  \n')).toThrow('no headline');
  });
});

test('a "Markdown Content:" marker left under a block a tool rewrote should not open the body', () => {
  const copy = [
    '# Library Stays Open',
    '',
    '> **来源**: [Library Stays Open](https://news.example.com/2026/06/08/library)',
    '',
    'Published Time: 2026-06-08T11:00:00+00:00',
    '',
    'Markdown Content:',
    'The council voted on Monday to keep the old library open for another five years, after a campaign by parents.',
  ].join('\n');
  expect(parseRawCopy(copy).body).toBe(
    'The council voted on Monday to keep the old library open for another five years, after a campaign by parents.',
  );
});
