/**
 * Hostile article bodies through the whole pipeline, exactly as a build runs it. Each vector is
 * one way scraped Markdown could try to run script, load something off-site, clobber page
 * globals or break out of the article; the output is parsed as a browser would parse it and
 * checked element by element.
 */
import { describe, expect, test } from 'vitest';
import { problems } from './hostile-checks';
import { elementsOf, renderArticle } from './render';
import { vectors } from './hostile-vectors';

describe('hostile article bodies', () => {
  test('should cover at least 30 distinct vectors', () => {
    expect(new Set(vectors.map(([name]) => name)).size).toBe(vectors.length);
    expect(vectors.length).toBeGreaterThanOrEqual(30);
  });

  test.each(vectors)('should neutralise %s', async (_name, markdown) => {
    const html = await renderArticle(markdown);
    expect(problems(elementsOf(html)), html).toEqual([]);
  });
});
