/**
 * What the pipeline makes of a local image in the body, before Astro encodes it: a <picture>
 * whose AVIF and WebP sources and JPEG/PNG fallback each carry the options Astro's getImage()
 * gets (`__ASTRO_IMAGE_`), in a figure with caption and credit when the image stands alone.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { elementsOf, pictureProcessor } from './markdown/render';

let root: string;
let article: string;
let renderer: ReturnType<typeof createMarkdownProcessor> | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-body-images-'));
  const folder = join(root, 'content', 'articles', 'a');
  article = join(folder, 'index.md');
  await mkdir(folder, { recursive: true });
  await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#557' } })
    .jpeg()
    .toFile(join(folder, 'photo.jpg'));
  await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#755' } })
    .jpeg()
    .toFile(join(folder, 'wide.jpg'));
  await sharp({ create: { width: 500, height: 300, channels: 4, background: '#fff0' } })
    .png()
    .toFile(join(folder, 'chart.png'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function render(markdown: string): Promise<Element[]> {
  renderer ??= pictureProcessor(join(root, 'content'));
  const { code } = await (await renderer).render(markdown, { fileURL: pathToFileURL(article) });
  return elementsOf(code);
}

/** The getImage() options Astro will use for an element (the parser lowercases the name). */
function options(element: Element | undefined): Record<string, unknown> {
  const json = element?.properties['__astro_image_'];
  return typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : {};
}

const tags = (elements: Element[]) => elements.map((e) => e.tagName);
const find = (elements: Element[], tag: string) => elements.filter((e) => e.tagName === tag);

describe('a photo alone in its paragraph', () => {
  const markdown = "![Queue at the terminal](./photo.jpg 'Passengers wait. Photo: Jane Doe')";

  test('should become a figure holding the picture and its caption', async () => {
    expect(tags(await render(markdown))).toEqual([
      'figure',
      'picture',
      'source',
      'source',
      'img',
      'figcaption',
      'span',
      'span',
    ]);
  });

  test('should offer AVIF, then WebP, then fall back to JPEG, all at the same widths and sizes', async () => {
    const elements = await render(markdown);
    const [avif, webp] = find(elements, 'source');
    const img = find(elements, 'img')[0];
    expect(avif?.properties['type']).toBe('image/avif');
    expect(webp?.properties['type']).toBe('image/webp');
    const common = {
      src: './photo.jpg',
      widths: [400, 800, 1000],
      sizes: '(min-width: 692px) 660px, calc(100vw - 32px)',
    };
    expect(options(avif)).toMatchObject({ ...common, format: 'avif' });
    expect(options(webp)).toMatchObject({ ...common, format: 'webp' });
    expect(options(img)).toMatchObject({
      ...common,
      format: 'jpg',
      alt: 'Queue at the terminal',
      loading: 'lazy',
      decoding: 'async',
    });
  });

  test('should put the caption and the credit, as text, in the figcaption', async () => {
    const spans = find(await render(markdown), 'span');
    expect(
      spans.map((s) => [
        s.properties['className'],
        s.children.map((c) => ('value' in c ? c.value : '')).join(''),
      ]),
    ).toEqual([
      [['caption'], 'Passengers wait.'],
      [['credit'], 'Photo: Jane Doe'],
    ]);
  });
});

describe('other local images', () => {
  test('should fall back to PNG for a PNG, at its own width (never upscaled), sized to it', async () => {
    const img = find(await render('![Chart of departures](./chart.png)'), 'img')[0];
    expect(options(img)).toMatchObject({
      format: 'png',
      widths: [400, 500],
      sizes: '(min-width: 532px) 500px, calc(100vw - 32px)',
    });
  });

  test('should cut a photo wider than any screen needs at the largest candidate width', async () => {
    const img = find(await render('![A wide photo](./wide.jpg)'), 'img')[0];
    expect(options(img)).toMatchObject({ format: 'jpg', width: 1600, widths: [400, 800, 1200, 1600] });
  });

  test('should give a figure without a title no empty figcaption', async () => {
    expect(tags(await render('![Chart of departures](./chart.png)'))).toEqual([
      'figure',
      'picture',
      'source',
      'source',
      'img',
    ]);
  });

  test('should keep an image inside running text inline, without a figure', async () => {
    expect(tags(await render('The chart ![Chart of departures](./chart.png) shows it.'))).toEqual([
      'p',
      'picture',
      'source',
      'source',
      'img',
    ]);
  });

  test('should keep the title of an inline image as its tooltip', async () => {
    const img = find(await render("The chart ![Chart](./chart.png 'Departures') shows it."), 'img')[0];
    expect(options(img)).toMatchObject({ alt: 'Chart', title: 'Departures' });
  });

  test('should not let a title smuggle markup into the caption', async () => {
    const elements = await render(`![Chart](./chart.png '<img src=x onerror=alert(1)> Photo: <b>AFP</b>')`);
    expect(find(elements, 'img')).toHaveLength(1);
    expect(find(elements, 'b')).toHaveLength(0);
  });
});
