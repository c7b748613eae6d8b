import { describe, expect, test } from 'vitest';
import { fieldReport, type ImportedPage } from '../../../scripts/bench-import/fields';
import { readLabels } from '../../../scripts/bench-import/labels';

// One labelled page, imported with a wrong headline, and one refused.
const [first, second] = [...readLabels()];
const pages: ImportedPage[] = [
  {
    key: first?.[0] ?? '',
    set: 'markdown',
    frontmatter: {
      title: 'Not the headline',
      ...(first?.[1].byline && { byline: first[1].byline }),
      lang: first?.[1].lang,
    } as ImportedPage['frontmatter'] & object,
  },
  { key: second?.[0] ?? '', set: 'markdown', error: 'published: is required' },
];

describe('fieldReport', () => {
  test('should score every field and list the misses', () => {
    const report = fieldReport(pages, '');
    expect(report[0]).toBe('2 labelled pages (1 refused: they miss every field)');
    expect(report.some((line) => line.startsWith('date'))).toBe(true);
    expect(report).toContain('misses:');
  });

  test('should leave out a field a hint gave, and the misses when asked', () => {
    const report = fieldReport(pages, '', { given: ['date'], misses: false });
    expect(report.some((line) => line.startsWith('date'))).toBe(false);
    expect(report.some((line) => line.startsWith('headline'))).toBe(true);
    expect(report).not.toContain('misses:');
  });
});
