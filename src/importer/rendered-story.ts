/**
 * The main-content decision of saved pages (./html/extract.ts: Readability, then Defuddle) made on
 * a Markdown body: the body rendered to HTML, every heading and rule opening a section (the
 * structure a page's containers gave, which Markdown keeps only as headings), the article
 * extracted, and each top-level block said to be in it when the article holds its words. Only
 * which blocks stay is decided here: the Markdown is never rewritten.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { parseHTML } from 'linkedom';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { extractArticle } from './html/extract';
import { wordsOf } from './text';

const parser = unified().use(remarkParse).use(remarkGfm);
const toHtml = unified().use(remarkRehype).use(rehypeStringify);

// A block is in the article when the article holds this share of its runs of three words.
const SHINGLE = 3;
const HELD = 0.5;
const SECTION_START = /^(?:h[1-6]|hr)$/;

const words = (text: string) => wordsOf(text.toLowerCase());

function shingles(tokens: string[]): string[] {
  if (tokens.length <= SHINGLE) return [tokens.join(' ')];
  return tokens.slice(SHINGLE - 1).map((_, i) => tokens.slice(i, i + SHINGLE).join(' '));
}

// Blocks whose parts are blocks: their words are read part by part, never run together.
const CONTAINERS = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell']);

function plainText(node: RootContent): string {
  if (CONTAINERS.has(node.type) && 'children' in node)
    return node.children.map((child) => plainText(child as RootContent)).join(' ');
  return toString(node, { includeImageAlt: false });
}

const textOf = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent ?? '';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The rendered body with each heading or rule opening a `<div>` of what follows it. */
function sectioned(tree: HastRoot): HastRoot {
  const sections: ElementContent[][] = [[]];
  for (const child of tree.children) {
    if (child.type === 'doctype') continue;
    if (child.type === 'element' && SECTION_START.test(child.tagName)) sections.push([]);
    sections.at(-1)?.push(child);
  }
  const divs = sections.map((children): Element => ({
    type: 'element',
    tagName: 'div',
    properties: {},
    children,
  }));
  return { type: 'root', children: divs };
}

const rendered = (nodes: Root['children']) =>
  toHtml.stringify(sectioned(toHtml.runSync({ type: 'root', children: nodes }) as HastRoot));

/**
 * For each top-level block of `markdown` (as remark parses it, definitions left out), whether the
 * article extracted from the rendered body holds it; `undefined` when no article is found.
 * `title` is the page's headline, which the extractors compare the body's headings with.
 */
export function renderedStory(markdown: string, title = ''): boolean[] | undefined {
  const tree = parser.parse(markdown);
  const blocks = tree.children.filter((node) => node.position !== undefined && node.type !== 'definition');
  const page = `<!doctype html><html><head><title>${escapeText(title)}</title></head><body>${rendered(blocks)}</body></html>`;
  const parse = () => parseHTML(page).document as unknown as Document;
  const article = extractArticle(parse(), parse);
  if (!article?.content) return undefined;
  const held = new Set(shingles(words(textOf(article.content))));
  return blocks.map((block) => {
    const own = words(plainText(block));
    if (own.length === 0) {
      // A picture alone: in the article when the article shows it.
      let source: string | undefined;
      visit(block, 'image', (image) => {
        source ??= image.url;
      });
      return source !== undefined && article.content.includes(source.replace(/&/g, '&amp;'));
    }
    const mine = shingles(own);
    return mine.filter((shingle) => held.has(shingle)).length >= mine.length * HELD;
  });
}
