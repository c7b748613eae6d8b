/**
 * A saved page as a reader service (r.jina.ai and the like) returns it: the whole page turned into
 * Markdown, navigation, promos and footer included, under a `Title:` / `URL Source:` /
 * `Published Time:` / `Markdown Content:` preamble. Made on the fly for the bench's Markdown set,
 * with its own converter settings (setext headings, `*` bullets, numbered image alts), not ours.
 */
import { gfm } from '@joplin/turndown-plugin-gfm';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';

// A form's controls go, not its text: some pages wrap the whole page in one `<form>` (ASP.NET).
const DROPPED = 'script, style, noscript, template, svg, iframe, link, meta, button, input, select, textarea';

function service(): TurndownService {
  const turndown = new TurndownService({
    headingStyle: 'setext',
    bulletListMarker: '*',
    linkStyle: 'inlined',
  });
  turndown.use(gfm);
  let images = 0;
  turndown.addRule('numbered-images', {
    filter: 'img',
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const src = element.getAttribute('src') ?? '';
      if (src === '' || src.startsWith('data:')) return '';
      images++;
      return `![Image ${images}: ${(element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim()}](${src})`;
    },
  });
  return turndown;
}

function absolute(document: Document, base: string | undefined): void {
  if (base === undefined) return;
  for (const [selector, attribute] of [
    ['a[href]', 'href'],
    ['img[src]', 'src'],
  ] as const) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? '';
      if (URL.canParse(value, base)) element.setAttribute(attribute, new URL(value, base).href);
    }
  }
}

/** The reader-service copy of `html`, saved from `url`. */
export function readerCopy(html: string, url: string | undefined): string {
  const { document } = parseHTML(html);
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const published = document
    .querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"]')
    ?.getAttribute('content');
  for (const element of document.querySelectorAll(DROPPED)) element.remove();
  absolute(document as unknown as Document, url);
  const markdown = service()
    .turndown(document.body?.innerHTML ?? '')
    .replace(/\n{3,}/g, '\n\n');
  const preamble = [`Title: ${title}`, ...(url ? [`URL Source: ${url}`] : [])];
  if (published) preamble.push(`Published Time: ${published}`);
  return `${preamble.join('\n\n')}\n\nMarkdown Content:\n${markdown}\n`;
}
