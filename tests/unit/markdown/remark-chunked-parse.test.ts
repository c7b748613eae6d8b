import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { CHUNKED_ABOVE, remarkChunkedParse, splitParts } from '../../../src/markdown/remark-chunked-parse';

/** One entry of a long live blog, with every kind of block a part must not be cut inside. */
function entry(i: number): string {
  const parts = [
    `### ${10 + (i % 12)}:${String(i % 60).padStart(2, '0')} GMT`,
    `The mayor said${i % 40 === 0 ? `[^n${i}]` : ''} the [tram line][r${i % 7}] opens in spring. [Statement](https://example.com/${i}).`,
    `> "We are on schedule," she said.`,
    `- Cost: ${i} million\n- Stops: ${i % 30}`,
    `1. loose\n\n2. list ${i}`,
  ];
  if (i % 97 === 0) parts.push('```\ncode\n\nat the margin, after a blank line\n```');
  if (i % 89 === 0) parts.push('<!-- a comment\n\nat the margin -->');
  if (i % 83 === 0) parts.push('<script>\n\nvar x = 1;\n</script>');
  if (i % 60 === 30) parts.push(`[r${i % 7}]: https://example.com/r${i}`, `[^n${i - 30}]: Note ${i}.`);
  parts.push('| a | b |\n|---|---|\n| 1 | 2 |');
  return parts.join('\n\n');
}

const body = (size: number) => {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${entry(i)}\n\n`;
  return text;
};

// Small parts, so that the test is quick; the build cuts bodies over CHUNKED_ABOVE.
const SIZES = { above: 20_000, partSize: 4_000 };

const parser = (chunked: boolean) => {
  const processor = unified().use(remarkParse).use(remarkGfm);
  return chunked ? processor.use(remarkChunkedParse, SIZES) : processor;
};

describe('remark-chunked-parse', () => {
  const markdown = body(60_000);

  test('should parse ordinary bodies whole', () => {
    expect(CHUNKED_ABOVE).toBeGreaterThanOrEqual(100_000);
  });

  test('should cut a long body into parts that join up to it, each between blocks', () => {
    const parts = splitParts(markdown, SIZES.partSize);
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.map((part) => part.text).join('')).toBe(markdown);
    for (const part of parts.slice(1)) {
      expect(markdown.slice(0, part.offset).split('\n').length - 1).toBe(part.line);
      expect(markdown.slice(part.offset - 2, part.offset)).toBe('\n\n');
    }
  });

  test(
    'should give the tree, with positions, that parsing the body whole gives',
    { timeout: 120_000 },
    () => {
      expect(parser(true).parse(markdown)).toEqual(parser(false).parse(markdown));
    },
  );

  test('should resolve references and footnotes defined in another part', { timeout: 120_000 }, async () => {
    const html = async (chunked: boolean) =>
      String(await parser(chunked).use(remarkRehype).use(rehypeStringify).process(markdown));
    const whole = await html(false);
    expect(whole).toContain('href="https://example.com/r30"');
    expect(whole.match(/<ol>/g)?.length).toBeGreaterThan(100);
    expect(whole).toContain('data-footnote-ref');
    expect(await html(true)).toBe(whole);
  });

  test('should not cut inside a block closed far below', () => {
    const long = `<!-- opened\n\n${'text\n\n'.repeat(5_000)}closed -->\n\nAfter.\n`;
    const parts = splitParts(long, SIZES.partSize);
    expect(parts[0]?.text).toContain('closed -->');
  });
});
