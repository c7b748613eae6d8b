/**
 * One article body rendered as Astro renders Markdown in a build: the site's pipeline
 * (./pipeline.ts) between Astro's own passes. Plain data in and out, so it runs in worker threads
 * (./render-worker.ts) as well as in the build itself.
 *
 * Bodies without image syntax take a leaner chain: Astro's image pass has nothing to do for them,
 * and its closing rehype-raw re-parses a tree the sanitizer has already made safe. The output is
 * the same (tests/unit/markdown/body.test.ts). Bodies that may have images go straight to Astro's
 * processor, rendered once.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createMarkdownProcessor,
  type MarkdownHeading,
  type MarkdownRenderer,
  rehypeHeadingIds,
  remarkCollectImages,
} from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { type PluggableList, type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import { firstParagraph } from '../lib/description';
import { type TextSize, textSize } from '../lib/reading-time';
import { showsSomething } from '../lib/visible-text';
import { markdownOptions } from './pipeline';

export interface BodyJob {
  body: string;
  /** The raw frontmatter: plugins read `source` from it. */
  frontmatter: Record<string, unknown>;
  /** Absolute path of the Markdown file: local images resolve against it. */
  filePath: string;
  /** Astro's remote image settings (`image.domains`, `image.remotePatterns`). */
  image: { domains?: string[]; remotePatterns?: unknown[] };
  /** Where to write the HTML of a body without images; otherwise it is returned. */
  bodyFile?: string;
}

export interface RenderedBody {
  /** The HTML, unless it was written to `bodyFile`. */
  html?: string;
  bodyFile?: string;
  headings: MarkdownHeading[];
  localImagePaths: string[];
  remoteImagePaths: string[];
  /** The plain text of the first paragraph, for summaries. */
  firstParagraph: string;
  /** Words and unspaced characters, for the reading time. */
  size: TextSize;
  /** Set when the body shows the reader nothing: no visible character and no picture. */
  empty?: true;
}

interface AstroData {
  astro?: { headings?: MarkdownHeading[]; localImagePaths?: string[]; remoteImagePaths?: string[] };
}

const lean = new Map<string, Processor>();
const full = new Map<string, Promise<MarkdownRenderer>>();

function leanProcessor(image: BodyJob['image']): Processor {
  const key = JSON.stringify(image);
  let processor = lean.get(key);
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(markdownOptions.remarkPlugins as PluggableList)
      .use(remarkCollectImages, image as Parameters<typeof remarkCollectImages>[0])
      .use(remarkRehype, { allowDangerousHtml: true, passThrough: [], ...markdownOptions.remarkRehype })
      .use(markdownOptions.rehypePlugins as PluggableList)
      .use(rehypeHeadingIds)
      .use(rehypeStringify, { allowDangerousHtml: true }) as unknown as Processor;
    lean.set(key, processor);
  }
  return processor;
}

function fullRenderer(image: BodyJob['image']): Promise<MarkdownRenderer> {
  const key = JSON.stringify(image);
  let renderer = full.get(key);
  if (!renderer) {
    renderer = createMarkdownProcessor({ ...markdownOptions, image: image as never, syntaxHighlight: false });
    full.set(key, renderer);
  }
  return renderer;
}

/** Every Markdown image starts with `![`: a body without it has none and takes the lean chain. */
const mayHavePictures = (body: string) => body.includes('![');

async function render(job: BodyJob, lean: boolean): Promise<{ html: string; astro: AstroData['astro'] }> {
  const fileURL = pathToFileURL(job.filePath);
  if (!lean) {
    const renderer = await fullRenderer(job.image);
    const { code, metadata } = await renderer.render(job.body, { frontmatter: job.frontmatter, fileURL });
    return { html: code, astro: metadata };
  }
  const file = new VFile({
    value: job.body,
    path: fileURL,
    data: { astro: { frontmatter: job.frontmatter } },
  });
  const result = await leanProcessor(job.image).process(file);
  return { html: String(result.value), astro: (result.data as AstroData).astro };
}

const hasPictures = (astro: AstroData['astro']) =>
  (astro?.localImagePaths?.length ?? 0) > 0 || (astro?.remoteImagePaths?.length ?? 0) > 0;

export async function renderBody(job: BodyJob): Promise<RenderedBody> {
  const lean = !mayHavePictures(job.body);
  let { html, astro } = await render(job, lean);
  // The lean chain still collects pictures: should one get past the test above, it is not lost.
  if (lean && hasPictures(astro)) ({ html, astro } = await render(job, false));
  const rendered = {
    headings: astro?.headings ?? [],
    localImagePaths: astro?.localImagePaths ?? [],
    remoteImagePaths: astro?.remoteImagePaths ?? [],
    firstParagraph: firstParagraph(job.body),
    size: textSize(html),
    ...(showsSomething(html) ? {} : { empty: true as const }),
  };
  if (hasPictures(astro) || job.bodyFile === undefined) return { ...rendered, html };
  writeFileSync(job.bodyFile, html);
  return { ...rendered, bodyFile: job.bodyFile };
}
