import { describe, expect, test } from 'vitest';
import ArticleHeader from '../../src/components/ArticleHeader.astro';
import { render, visibleText } from './render';

const base = { title: 'Harbour Approves Night Ferries', byline: 'AFP', published: '2025-07-01' };

describe('ArticleHeader', () => {
  test('should show the headline as the one h1, then the byline and the date', async () => {
    const doc = await render(ArticleHeader, base);
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([base.title]);
    expect(visibleText(doc.querySelector('.byline'))).toBe('By AFP');
    expect(visibleText(doc.querySelector('.dates'))).toBe('July 1, 2025');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2025-07-01');
  });

  test('should show no dek and no updated date when the article has none', async () => {
    const doc = await render(ArticleHeader, base);
    expect(doc.querySelector('.dek')).toBeNull();
    expect(visibleText(doc)).not.toContain('Updated');
  });

  test('should show the dek below the headline', async () => {
    const dek = 'The service starts in September.';
    const doc = await render(ArticleHeader, { ...base, dek });
    expect(visibleText(doc.querySelector('h1 + .dek'))).toBe(dek);
  });

  test('should show the updated date after the published date', async () => {
    const doc = await render(ArticleHeader, { ...base, updated: '2025-07-03T08:00:00Z' });
    expect(visibleText(doc.querySelector('.dates'))).toBe(
      'July 1, 2025 · Updated July 3, 2025 at 8:00 AM UTC',
    );
    const times = [...doc.querySelectorAll('.dates time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2025-07-01', '2025-07-03T08:00:00Z']);
  });

  test('should not repeat the date when the update is the publication itself', async () => {
    const doc = await render(ArticleHeader, { ...base, updated: base.published });
    expect(visibleText(doc.querySelector('.dates'))).toBe('July 1, 2025');
  });

  test('should leave out "By" when the copy names no author', async () => {
    const doc = await render(ArticleHeader, { ...base, byline: undefined });
    expect(doc.querySelector('.byline')).toBeNull();
    expect(visibleText(doc)).not.toContain('By');
  });
});
