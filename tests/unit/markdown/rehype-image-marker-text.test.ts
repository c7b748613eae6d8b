/**
 * Astro reads `__ASTRO_IMAGE_="…"` in a body's HTML as a picture to encode, and fails the page
 * when what follows is not its JSON. Prose that spells the marker must print as it reads and
 * never as a marker.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pictureProcessor, renderArticle } from './render';

// As Astro's content runtime finds the markers (astro/dist/content/runtime.js).
const MARKERS = /__ASTRO_IMAGE_="([^"]+)"/g;

let root: string;
let article: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-image-marker-'));
  const folder = join(root, 'content', 'articles', 'a');
  article = join(folder, 'index.md');
  await mkdir(folder, { recursive: true });
  await sharp({ create: { width: 800, height: 400, channels: 3, background: '#557' } })
    .jpeg()
    .toFile(join(folder, 'photo.jpg'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A body with a local picture, rendered as a build renders it (Astro's processor). */
async function renderWithPicture(markdown: string): Promise<string> {
  const renderer = await pictureProcessor(join(root, 'content'));
  const { code } = await renderer.render(`![A queue](./photo.jpg)\n\n${markdown}`, {
    fileURL: pathToFileURL(article),
  });
  return code;
}

const text = (html: string) => toString(fromHtml(html, { fragment: true })).trim();

describe('prose that spells the picture marker', () => {
  test.each([
    ['as is', String.raw`Try \_\_ASTRO\_IMAGE\_="x" here.`, 'Try __ASTRO_IMAGE_="x" here.'],
    [
      'in code, twice',
      '`__ASTRO_IMAGE_="a"` and `__ASTRO_IMAGE_="b"`',
      '__ASTRO_IMAGE_="a" and __ASTRO_IMAGE_="b"',
    ],
    ['as JSON', String.raw`x \_\_ASTRO\_IMAGE\_="{}" y`, 'x __ASTRO_IMAGE_="{}" y'],
    ['with entities', '&#95;_ASTRO&#95;IMAGE&#95;=&quot;x&quot;', '__ASTRO_IMAGE_="x"'],
    ['across a comment', '__ASTRO_IMAGE<!-- -->_="x"', '__ASTRO_IMAGE_="x"'],
    ['in raw HTML', '<p>__ASTRO_IMAGE_="x"</p>', '__ASTRO_IMAGE_="x"'],
  ])('should read the same and leave only the picture marked (%s)', async (_, markdown, shown) => {
    const html = await renderWithPicture(markdown);
    const markers = [...html.matchAll(MARKERS)].map(([, json = '']) =>
      JSON.parse(json.replace(/&(?:#x22|quot);/g, '"').replace(/&(?:amp|#x26|#38);/g, '&')),
    );
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) expect(marker).toHaveProperty('src', './photo.jpg');
    expect(text(html.slice(html.indexOf('</figure>') + '</figure>'.length))).toBe(shown);
  });

  test('should leave a body without pictures as it reads', async () => {
    const html = await renderArticle('Try `__ASTRO_IMAGE_="x"` here.');
    expect(html).not.toMatch(MARKERS);
    expect(text(html)).toBe('Try __ASTRO_IMAGE_="x" here.');
  });

  test('should leave other prose untouched', async () => {
    await expect(renderArticle('An _ASTRO_ image: "x"')).resolves.toBe('<p>An <em>ASTRO</em> image: "x"</p>');
  });
});
