import { describe, expect, test } from 'vitest';
import Byline from '../../src/components/Byline.astro';
import { render, visibleText } from './render';

describe('Byline', () => {
  test.each(['AFP', 'Jane Doe and John Roe', 'وكالة الأنباء'])(
    'should read "By %s" as plain text, never a link',
    async (byline) => {
      const doc = await render(Byline, { byline });
      expect(visibleText(doc)).toBe(`By ${byline}`);
      expect(doc.querySelectorAll('a')).toHaveLength(0);
    },
  );

  test('should isolate the name so a right-to-left byline cannot reorder "By"', async () => {
    const doc = await render(Byline, { byline: 'وكالة الأنباء' });
    expect(doc.querySelector('bdi')?.textContent).toBe('وكالة الأنباء');
  });
});
