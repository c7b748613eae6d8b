import { describe, expect, test } from 'vitest';
import { parseHeaderLine } from '../../../src/importer/header-line';

describe('parseHeaderLine', () => {
  test.each([
    ['By AFP | July 1, 2025', 'AFP', '2025-07-01'],
    ['Reuters · Mar 4, 2026 · 3 min read', 'Reuters', '2026-03-04'],
    ['June 8, 2026 • 5-minute read • Jane Doe', 'Jane Doe', '2026-06-08'],
    ['By AFP | Feb 26, 2026 | 9:05 AM', 'AFP', '2026-02-26T09:05'],
  ])('should read %j', (line, byline, published) => {
    expect(parseHeaderLine(line)).toMatchObject({ byline: { byline }, published });
  });

  test.each([
    ['names without a date', 'World · Europe'],
    ['two bare names', 'Jane Doe · John Roe · June 8, 2026'],
    ['a bare name beside a byline', 'By AFP · Reuters · June 8, 2026'],
    ['a reading time alone', '3 min read'],
    ['a lowercase word beside a date', 'updated · June 8, 2026'],
  ])('should not read %s', (_what, line) => {
    expect(parseHeaderLine(line)).toBeUndefined();
  });
});
