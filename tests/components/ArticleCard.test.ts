import { describe, expect, test } from 'vitest';
import ArticleCard from '../../src/components/ArticleCard.astro';
import type { Article } from '../../src/lib/articles';
import { firstParagraph } from '../../src/lib/description';
import { render, visibleText } from './render';

const BODY = `North Korean state media on Tuesday released images of leader Kim Jong Un mourning over
flag-draped coffins of North Korean soldiers killed while fighting alongside Russian forces.

A second paragraph that no summary should reach.`;

function article(slug: string, data: Partial<Article['data']>, body = BODY): Article {
  return {
    id: slug,
    collection: 'articles',
    // As the loader stores it: the summary text, not the Markdown.
    rendered: { html: '', metadata: { imagePaths: [], firstParagraph: firstParagraph(body) } },
    data: {
      title: 'Kim Jong Un Honors North Korean Soldiers',
      source: 'https://www.themoscowtimes.com/2025/07/01/kim-a89626',
      published: '2025-07-01',
      tags: [],
      lang: 'en',
      related: [],
      ...data,
    },
  } as Article;
}

describe('ArticleCard', () => {
  test('should link the headline to the article page', async () => {
    const doc = await render(ArticleCard, { article: article('kim-a89626', {}) });
    const link = doc.querySelector('h2 a');
    expect(visibleText(link)).toBe('Kim Jong Un Honors North Korean Soldiers');
    expect(link?.getAttribute('href')).toMatch(/articles\/kim-a89626\/(index\.html)?$/);
  });

  test('should show the publisher above the headline, byline and date below', async () => {
    const doc = await render(ArticleCard, {
      article: article('kim', { byline: 'AFP', publisher: 'The Moscow Times' }),
    });
    expect(visibleText(doc.querySelector('.kicker'))).toBe('The Moscow Times');
    expect(visibleText(doc.querySelector('.card-meta'))).toBe('By AFP · July 1, 2025');
    expect(doc.querySelector('.card-meta time')?.getAttribute('datetime')).toBe('2025-07-01');
  });

  test.each([
    ['Reuters', 'July 1, 2025'],
    ['Jane Doe, Reuters', 'By Jane Doe · July 1, 2025'],
  ])('should name the publisher once when the byline %j names it too', async (byline, meta) => {
    const doc = await render(ArticleCard, { article: article('kim', { byline, publisher: 'Reuters' }) });
    expect(visibleText(doc.querySelector('.card-meta'))).toBe(meta);
    expect(visibleText(doc).match(/Reuters/g)).toHaveLength(1);
  });

  test('should summarise with the dek when there is one', async () => {
    const doc = await render(ArticleCard, { article: article('kim', { dek: 'Mourning in Pyongyang.' }) });
    expect(visibleText(doc.querySelector('.summary'))).toBe('Mourning in Pyongyang.');
  });

  test('should summarise with the description before the dek', async () => {
    const doc = await render(ArticleCard, {
      article: article('kim', { dek: 'The dek.', description: 'The description.' }),
    });
    expect(visibleText(doc.querySelector('.summary'))).toBe('The description.');
  });

  test('should summarise with the first paragraph when there is no dek', async () => {
    const doc = await render(ArticleCard, { article: article('kim', {}) });
    const summary = visibleText(doc.querySelector('.summary'));
    expect(summary).toMatch(/^North Korean state media on Tuesday/);
    expect(summary).not.toContain('second paragraph');
  });

  test("should name the original's host when the publisher is unknown, and no author", async () => {
    const doc = await render(ArticleCard, { article: article('kim', {}) });
    expect(visibleText(doc.querySelector('.kicker'))).toBe('themoscowtimes.com');
    expect(visibleText(doc.querySelector('.card-meta'))).toBe('July 1, 2025');
  });

  test("should carry an Arabic article's language and direction on its headline, not on the list's words", async () => {
    const doc = await render(ArticleCard, {
      article: article('library', { title: 'افتتاح مكتبة عامة جديدة', lang: 'ar', byline: 'سارة' }, ''),
    });
    const headline = doc.querySelector('h2');
    expect([headline?.getAttribute('lang'), headline?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(doc.querySelector('.card-meta')?.closest('[lang]')).toBeNull();
    expect(visibleText(doc.querySelector('.card-meta'))).toMatch(/^By سارة · July 1, 2025/);
    expect(doc.querySelector('.summary')).toBeNull();
  });
});
