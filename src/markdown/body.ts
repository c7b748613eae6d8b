/**
 * One article body rendered as Astro renders Markdown in a build: the site's pipeline
 * (./pipeline.ts) between Astro's own passes. Plain data in and out, so it runs in worker threads
 * (./render-worker.ts) as well as in the build itself.
 *
 * Bodies without images take a leaner chain: Astro's image pass has nothing to do for them, and
 * its closing rehype-raw re-parses a tree the sanitizer has already made safe. The output is the
 * same (tests/unit/markdown/body.test.ts); bodies with images go through Astro's processor.
 */
import { writeFile } from 'node:fs/promises';
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

export async function renderBody(job: BodyJob): Promise<RenderedBody> {
  const file = new VFile({
    value: job.body,
    path: pathToFileURL(job.filePath),
    data: { astro: { frontmatter: job.frontmatter } },
  });
  const result = await leanProcessor(job.image).process(file);
  const { astro } = result.data as AstroData;
  const rendered = {
    headings: astro?.headings ?? [],
    localImagePaths: astro?.localImagePaths ?? [],
    remoteImagePaths: astro?.remoteImagePaths ?? [],
    firstParagraph: firstParagraph(job.body),
  };
  if (rendered.localImagePaths.length > 0 || rendered.remoteImagePaths.length > 0) {
    const { code } = await (
      await fullRenderer(job.image)
    ).render(job.body, { frontmatter: job.frontmatter, fileURL: pathToFileURL(job.filePath) });
    return { ...rendered, html: code };
  }
  const html = String(result.value);
  if (job.bodyFile === undefined) return { ...rendered, html };
  await writeFile(job.bodyFile, html);
  return { ...rendered, bodyFile: job.bodyFile };
}
