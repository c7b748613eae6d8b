import { describe, expect, test } from 'vitest';
import { createBodyRenderer } from '../../../src/loaders/render-pool';
import type { BodyJob, RenderedBody } from '../../../src/markdown/body';

const job = (body: string): BodyJob => ({ body, frontmatter: {}, filePath: '/tmp/article.md', image: {} });

describe('createBodyRenderer', () => {
  test('should hold a few jobs and render them in this thread once no more are coming', async () => {
    const here: string[] = [];
    const renderer = createBodyRenderer(3, async ({ body }) => {
      here.push(body);
      return { html: `<p>${body}</p>`, headings: [], localImagePaths: [], remoteImagePaths: [], firstParagraph: body };
    });
    const results = [renderer.render(job('a')), renderer.render(job('b'))];
    await Promise.resolve();
    expect(here).toEqual([]);
    renderer.flush();
    await expect(Promise.all(results)).resolves.toMatchObject([{ html: '<p>a</p>' }, { html: '<p>b</p>' }]);
    expect(here).toEqual(['a', 'b']);
    await renderer.close();
  });

  test('should render on worker threads once enough jobs wait, held ones included', async () => {
    const renderHere = (): Promise<RenderedBody> => Promise.reject(new Error('rendered in this thread'));
    const renderer = createBodyRenderer(2, renderHere);
    try {
      const results = Promise.all([
        renderer.render(job('One *two*')),
        renderer.render(job('## Three')),
        renderer.render(job('<script>alert(1)</script>Four')),
      ]);
      renderer.flush();
      const [first, second, third] = await results;
      expect(first?.html).toBe('<p>One <em>two</em></p>');
      expect(second?.headings).toEqual([{ depth: 2, slug: 'user-content-three', text: 'Three' }]);
      expect(third?.html).toBe('Four');
    } finally {
      await renderer.close();
    }
  }, 20_000);
});
