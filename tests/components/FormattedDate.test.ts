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

  test.each([
    ['2025-07-01', 'July 1, 2025'],
    ['2026-11-04T09:30', 'November 4, 2026 at 9:30 AM local time'],
    ['2026-11-04T09:30:00+03:00', 'November 4, 2026 at 9:30 AM GMT+3'],
  ])('should show %s with its time, when asked, as "%s"', async (iso, human) => {
    const doc = await render(FormattedDate, { date: iso, withTime: true });
    const time = doc.querySelector('time');
    expect(visibleText(time)).toBe(human);
    expect(time?.getAttribute('datetime')).toBe(iso);
  });
});
