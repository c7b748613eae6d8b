import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { articleMarkdown } from '../../../scripts/bench/archive';
import { rawText, rehypeRawBounded } from '../../../src/markdown/rehype-raw-bounded';
import { asRead, renderArticle } from './render';
import { TIMEOUTS } from '../../support/timeouts';

const toHast = () =>
  unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
const bounded = toHast().use(rehypeRawBounded).use(rehypeStringify);
const plain = toHast().use(rehypeRaw).use(rehypeStringify);
const toHtml = async (processor: typeof bounded | typeof plain, markdown: string) =>
  asRead(String(await processor.process(markdown)));

// Markdown with no raw HTML in it, of every kind remark makes.
const WITHOUT_RAW = [
  '# Head\n\nPara with *em*, **strong**, `code`, ~~gone~~ and a [link](https://example.com "t").',
  '| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 |',
  '- one\n  - nested\n\n    more\n- [x] done\n\n1. first\n2. second',
  '> quote\n>\n> > deeper\n\n---\n\n```js\r\nlet a = 1 < 2;\r\n```\n\n    indented\n',
  'Text[^1] and www.example.com and a@b.example.\n\n[^1]: The note.',
  'Line one  \nline two\\\nthree &amp; &copy; &#0; \u0000 end',
  '![alt](pic.png "title") and ![ref][r]\n\n[r]: other.png',
];

describe('rehype-raw-bounded', () => {
  test('should give what rehype-raw gives to Markdown without raw HTML, which it does not re-parse', async () => {
    const generated = Array.from({ length: 40 }, (_, i) => articleMarkdown(i, 3).replace(/^---[^]*?---/, ''));
    const withoutRaw = [...WITHOUT_RAW, ...generated.filter((markdown) => !markdown.includes('<'))];
    expect(withoutRaw.length).toBeGreaterThan(WITHOUT_RAW.length + 5);
    for (const markdown of withoutRaw) {
      expect(await toHtml(bounded, markdown), markdown).toBe(await toHtml(plain, markdown));
    }
  });

  test.each([
    ['<b>bold</b> text', 'bold text'],
    ['a<!-- hidden -->b', 'ab'],
    ['a<script>alert(1)</script>b<style>x{}</style>c', 'abc'],
    ['<img src=x onerror=alert(1)>a', 'a'],
    ['a <!-- unclosed', 'a '],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
  ])('should read the text of %j as %j', (html, text) => {
    expect(rawText(html)).toBe(text);
  });

  test.each([
    ['<span>', 5000],
    ['<div>', 5000],
    ['<em><b>', 3000],
  ])(
    'should render %s nested %i deep in raw HTML as its text',
    { timeout: TIMEOUTS.render },
    async (open, depth) => {
      const html = await renderArticle(`Start ${open.repeat(depth)}deep <script>alert(1)</script>text`);
      expect(html).toBe('<p>Start deep alert(1)text</p>');
    },
  );
});
