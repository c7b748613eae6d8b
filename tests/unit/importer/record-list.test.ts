// Comments and teaser lists under a story, found by the stamps (a date or a time) they repeat.
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { recordsStart, holdsRecordList, isStamp } from '../../../src/importer/record-list';

describe('isStamp', () => {
  test.each([
    ['November 19, 2019 at 6:34 am'],
    ['Wednesday November 20, 2019'],
    ['2 days ago at 07:52 am'],
    ['By Staff Reporter 11/19/2019 08:23 PM'],
    ['Гость16:17 05.11.18'],
    ['3小时前'],
    ['20 November 2019'],
  ])('should read %j as a stamp', (text) => {
    expect(isStamp(text)).toBe(true);
  });

  test.each([
    ['The council voted on November 19, 2019 to keep the library open for five more years.'],
    ['Jane Doe'],
    ['Work starts at 9:00 on the first Monday of the spring, the mayor said in a statement.'],
    [''],
  ])('should not read %j as a stamp', (text) => {
    expect(isStamp(text)).toBe(false);
  });
});

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;

describe('holdsRecordList', () => {
  const comment = (name: string, time: string) =>
    `1.  **${name}** says:\n\n    November 19, 2019 at ${time}\n\n    I am glad the library stays open.`;

  test('should find a numbered list of comments', () => {
    const list = parse(
      [comment('alice', '6:34 am'), comment('bob', '6:44 am'), comment('carol', '7:02 am')].join('\n'),
    );
    expect(holdsRecordList(list)).toBe(true);
  });

  test('should find teasers nested under a heading item', () => {
    const teaser = (title: string) =>
      `    *   ##### [${title}](https://news.example.com/${title.length})\n\n        Jane Doe\n\n        Wednesday November 20, 2019\n`;
    const nested = `*   ##### More from the site\n\n${['One', 'Two', 'Three'].map(teaser).join('\n')}`;
    expect(holdsRecordList(parse(nested))).toBe(true);
  });

  test('should not take a list of two comments, or a list of points', () => {
    expect(holdsRecordList(parse([comment('alice', '6:34 am'), comment('bob', '6:44 am')].join('\n')))).toBe(
      false,
    );
    expect(holdsRecordList(parse('- The roof\n- The reading room\n- The opening hours'))).toBe(false);
  });
});

describe('recordsStart', () => {
  const story = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      text: `Paragraph ${i} of the story, long enough to be read as prose by the importer and more.`,
      prose: true,
    }));
  const record = (time: string) => [
    { text: 'alice says:', prose: false },
    { text: `November 19, 2019 at ${time}`, prose: false },
    { text: 'Glad it stays.', prose: false },
  ];

  test('should start at the lead of the first of three comments under the story', () => {
    const blocks = [...story(4), ...record('6:34 am'), ...record('6:44 am'), ...record('7:02 am')];
    expect(recordsStart(blocks, 0)).toBe(4);
  });

  test('should not take a live blog, whose entries hold paragraphs of their own', () => {
    const entry = (time: string) => [{ text: time, prose: false }, ...story(2)];
    const blocks = [...story(4), ...entry('10:42'), ...entry('10:55'), ...entry('11:03')];
    expect(recordsStart(blocks, 0)).toBeUndefined();
  });
});
