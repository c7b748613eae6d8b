import { describe, expect, test } from 'vitest';
import FormattedDate from '../../src/components/FormattedDate.astro';
import { render, visibleText } from './render';

describe('FormattedDate', () => {
  test.each([
    ['2025-07-01', 'July 1, 2025'],
    ['2025-07-01T23:30:00+03:00', 'July 1, 2025'],
    ['2024-12-31T10:45:00', 'December 31, 2024'],
    ['2025-01-09T00:15:00Z', 'January 9, 2025'],
  ])('should show %s to people as "%s" and keep the exact value for machines', async (iso, human) => {
    const doc = await render(FormattedDate, { date: iso });
    const time = doc.querySelector('time');
    expect(visibleText(time)).toBe(human);
    expect(time?.getAttribute('datetime')).toBe(iso);
  });
});
