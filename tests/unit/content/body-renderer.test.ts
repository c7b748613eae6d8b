import { describe, expect, test } from 'vitest';
import { createBodyRenderer } from '../../../src/loaders/render-pool';
import type { BodyJob, RenderedBody } from '../../../src/markdown/body';

const job = (body: string): BodyJob => ({ body, frontmatter: {}, filePath: '/tmp/article.md', image: {} });

describe('createBodyRenderer', () => {
  test('should hold a few jobs and render them in this thread once no more are coming', async () => {
    const here: string[] = [];
    const renderer = createBodyRenderer(3, async ({ body }) => {
      here.push(body);
      return {
        html: `<p>${body}</p>`,
        headings: [],
        localImagePaths: [],
        remoteImagePaths: [],
        firstParagraph: body,
        size: { words: 1, characters: 0 },
      };
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

/** A body that takes far more memory to render than its length: a table on every line. */
const dense = (size: number) =>
  Array.from(
    { length: Math.ceil(size / 60) },
    (_, i) => `| a | b |\n|---|---|\n| ${i} | *x* [y](https://example.com/${i}) |`,
  ).join('\n\n');

describe('createBodyRenderer, with bodies that do not fit a worker', () => {
  const rendered = (body: string): RenderedBody => ({
    html: body,
    headings: [],
    localImagePaths: [],
    remoteImagePaths: [],
    firstParagraph: '',
    size: { words: 0, characters: 0 },
  });

  test(
    'should render a body too big for a small worker in the large one, and blame no other body',
    { timeout: 300_000 },
    async () => {
      const renderHere = async (job: BodyJob) => rendered(job.body);
      // Small workers that hold the pipeline and little more; a large one with room.
      const limits = { smallHeapMb: 32, largeHeapMb: 1024, largeBody: 10 ** 9 };
      const renderer = createBodyRenderer(2, renderHere, limits);
      try {
        const bodies = ['One.', 'Two.', dense(40_000), 'Three.', 'Four.', 'Five.'];
        const results = await Promise.allSettled(bodies.map((body) => renderer.render(job(body))));
        expect(results.map((result) => result.status)).toEqual(bodies.map(() => 'fulfilled'));
        const big = results[2] as PromiseFulfilledResult<RenderedBody>;
        expect(big.value.html).toContain('<table>');
      } finally {
        await renderer.close();
      }
    },
  );

  test(
    'should fail only the body that does not fit the large worker either, saying so',
    { timeout: 300_000 },
    async () => {
      const renderHere = async (job: BodyJob) => rendered(job.body);
      // Even a long body goes to the large worker at once, not to this thread.
      const limits = { smallHeapMb: 32, largeHeapMb: 32, largeBody: 50_000 };
      const renderer = createBodyRenderer(100, renderHere, limits);
      try {
        const bodies = [dense(100_000), 'Short.', 'Also short.'];
        const settled = Promise.allSettled(bodies.map((body) => renderer.render(job(body))));
        renderer.flush();
        const results = await settled;
        expect(results[0]).toMatchObject({
          status: 'rejected',
          reason: { message: expect.stringMatching(/needs more than the 32 MB of memory a renderer may use/) },
        });
        expect(results.slice(1).map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      } finally {
        await renderer.close();
      }
    },
  );
});
