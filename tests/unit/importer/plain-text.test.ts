import { describe, expect, test } from 'vitest';
import { plainText } from '../../../src/importer/plain-text';

describe('plainText', () => {
  test.each([
    ['Tom &amp; Jerry&#39;s &quot;day&quot;', 'Tom & Jerry\'s "day"'],
    ['Rock \\& Roll: \\*not\\* emphasis', 'Rock & Roll: *not* emphasis'],
    ['**Kim** at _the_ ceremony', 'Kim at the ceremony'],
    ['[AFP](#) and [Reuters](https://r.example)', 'AFP and Reuters'],
    ['A <b>bold</b> claim', 'A bold claim'],
    ['a `code` span', 'a code span'],
    ['2026. A year to remember', '2026. A year to remember'],
    ['# Not a heading', '# Not a heading'],
    ['- Not a list', '- Not a list'],
    ['Why 2 < 3 and 5 * 3 = 15', 'Why 2 < 3 and 5 * 3 = 15'],
    ['C:\\Users\\Public', 'C:\\Users\\Public'],
  ])('%j → %j', (line, text) => {
    expect(plainText(line)).toBe(text);
  });
});
