import { describe, expect, test } from 'vitest';
import { unclosedBlockText } from '../../../src/markdown/html-blocks';
import { withoutUnclosedTags } from '../../../src/markdown/remark-unclosed-html';
import { renderArticle } from './render';

const SWALLOWERS = [
  'textarea',
  'style',
  'select',
  'template',
  'noscript',
  'object',
  'iframe',
  'xmp',
  'script',
];

describe('remark-unclosed-html', () => {
  test.each([
    ...SWALLOWERS.map((tag) => `<${tag}>`),
    '<div><textarea>',
    '<math><mi><mglyph><svg><mtext><textarea>',
    '<iframe src="https://example.com/embed">',
  ])('should keep every paragraph after an unclosed %s alone on a line', async (opener) => {
    const html = await renderArticle(`A SENT-A.\n\n${opener}\n\nB SENT-B.\n\nC SENT-C.`);
    expect(html).toContain('A SENT-A.');
    expect(html).toContain('B SENT-B.');
    expect(html).toContain('C SENT-C.');
  });

  test.each(['<!--', '<![CDATA[', '<script>', '<textarea>'])(
    'should publish a body that starts with an unclosed %s',
    async (opener) => {
      const html = await renderArticle(`${opener}\n\nA SENT-A.\n\n*B* SENT-B.`);
      expect(html).toContain('<p>A SENT-A.</p>');
      expect(html).toContain('<p><em>B</em> SENT-B.</p>');
    },
  );

  test('should let the text inside a noscript that closes later show', async () => {
    const html = await renderArticle('<noscript>\n\nA SENT-A.\n\n</noscript>\n\nB SENT-B.');
    expect(html).toContain('A SENT-A.');
    expect(html).toContain('B SENT-B.');
  });

  test('should still hide a closed comment and run no script', async () => {
    const html = await renderArticle('A.\n\n<!-- a note -->\n\n<script>alert(1)</script>\n\nB.');
    expect(html).not.toContain('a note');
    expect(html).not.toContain('<script');
    expect(html).toContain('<p>B.</p>');
  });

  test('should keep an element closed later in the same paragraph', () => {
    expect(withoutUnclosedTags('<iframe src="x">', '</iframe>')).toBe('<iframe src="x">');
    expect(withoutUnclosedTags('<select><option>1</option>')).toBe('<option>1</option>');
  });

  test('should say what an unclosed block hid, and nothing for a closed one', () => {
    expect(unclosedBlockText('<textarea rows=2>x\n\nB.')).toBe('x\n\nB.');
    expect(unclosedBlockText('<!-- x\n\nB.')).toBe(' x\n\nB.');
    expect(unclosedBlockText('<style>p{}</style>')).toBeUndefined();
  });
});
