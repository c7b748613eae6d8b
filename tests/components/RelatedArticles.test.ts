import { describe, expect, test } from 'vitest';
import RelatedArticles from '../../src/components/RelatedArticles.astro';
import { render, visibleText } from './render';

describe('RelatedArticles', () => {
  test('should link each related article the original named', async () => {
    const doc = await render(RelatedArticles, {
      related: [
        { title: 'Ferry Workers Vote', url: 'https://example.com/a' },
        { title: 'Night Buses', url: 'https://example.com/b' },
      ],
    });
    expect(visibleText(doc.querySelector('h2'))).toBe('Related articles');
    const links = [...doc.querySelectorAll('li a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Ferry Workers Vote', 'https://example.com/a'],
      ['Night Buses', 'https://example.com/b'],
    ]);
  });

  test('should list a related article whose link was lost as text, not a dead link', async () => {
    const doc = await render(RelatedArticles, {
      related: [{ title: 'North Korea Targets Russian Tourists with New Beach Resort' }],
    });
    const items = [...doc.querySelectorAll('li')];
    expect(items.map((li) => visibleText(li))).toEqual([
      'North Korea Targets Russian Tourists with New Beach Resort',
    ]);
    expect(doc.querySelectorAll('a')).toHaveLength(0);
  });

  test("should label the heading as English, leaving the titles in the article's language", async () => {
    const doc = await render(RelatedArticles, {
      related: [{ title: 'المجلس البلدي يقر ميزانية الثقافة', url: 'https://example.net/a' }],
    });
    expect(doc.querySelector('h2')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('li')?.closest('[lang]')).toBeNull();
  });

  test('should render nothing when the original named none', async () => {
    const doc = await render(RelatedArticles, { related: [] });
    expect(doc.body.children).toHaveLength(0);
  });
});
