import { describe, expect, test } from 'vitest';
import RelatedArticles from '../../src/components/RelatedArticles.astro';
import { translatorFor } from '../../src/i18n/translate';
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

  test("should write the heading in the article's language when there is a catalog for it", async () => {
    const doc = await render(RelatedArticles, {
      related: [{ title: 'المجلس البلدي يقر ميزانية الثقافة', url: 'https://example.net/a' }],
      t: translatorFor('ar'),
      lang: 'ar',
    });
    expect(visibleText(doc.querySelector('h2'))).toBe('مقالات ذات صلة');
    expect(doc.querySelector('h2')?.getAttribute('lang')).toBeNull();
  });

  test("should label a heading in the site's language as such, leaving the titles in the article's", async () => {
    const doc = await render(RelatedArticles, {
      related: [{ title: '시의회, 문화 예산 승인', url: 'https://example.net/a' }],
      lang: 'ko',
    });
    expect(visibleText(doc.querySelector('h2'))).toBe('Related articles');
    expect(doc.querySelector('h2')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('li')?.closest('[lang]')).toBeNull();
  });

  test('should link this site’s copy of a related article, saying so, and name the host of an original', async () => {
    const doc = await render(RelatedArticles, {
      related: [
        { title: 'Harbour Fog Strands Morning Ferries', slug: 'harbour-fog' },
        { title: 'Ferry Workers Vote', url: 'https://www.example.com/a' },
        { title: 'A Headline Whose Link Was Lost' },
      ],
    });
    const items = [...doc.querySelectorAll('li')];
    expect(items.map((li) => visibleText(li))).toEqual([
      'Harbour Fog Strands Morning Ferries on this site',
      'Ferry Workers Vote example.com',
      'A Headline Whose Link Was Lost',
    ]);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toMatch(
      /articles\/harbour-fog\/(index\.html)?$/,
    );
    expect(items[2]?.querySelector('a')).toBeNull();
    expect(items[2]?.querySelector('.title')).not.toBeNull();
  });

  test('should render nothing when the original named none', async () => {
    const doc = await render(RelatedArticles, { related: [] });
    expect(doc.body.children).toHaveLength(0);
  });
});
