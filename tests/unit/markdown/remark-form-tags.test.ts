import { describe, expect, test } from 'vitest';
import { withoutFormTags } from '../../../src/markdown/remark-form-tags';
import { problems } from './hostile-checks';
import { elementsOf, renderArticle } from './render';

// Nested-form payloads from the mutation-XSS literature: the form element pointer lets a second
// <form> open inside a MathML text point, and later text then lands in an element stripped whole.
const NESTED_FORMS = [
  '<form><div></form><form>',
  '<form id="a"><div></form><form id="b"><input name="x"></div>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<div><form><div></form><form><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form><math><mtext></form><form><mglyph><style></math><script>alert(1)</script>',
  '<FORM><math><mtext></FORM ><FORM ><mglyph><style></math><img src onerror=alert(1)>',
];

describe('remark-form-tags', () => {
  test.each(NESTED_FORMS)(
    'should keep every later paragraph after %s, with no form or script',
    async (payload) => {
      for (const markdown of [
        `A SENT-A.\n\n${payload}\n\nB SENT-B.\n\nC SENT-C.`,
        `${payload}\n\nB SENT-B.\n\nC SENT-C.`,
        `A SENT-A. ${payload} B SENT-B.\n\nC SENT-C.`,
      ]) {
        const html = await renderArticle(markdown);
        if (markdown.startsWith('A')) expect(html).toContain('A SENT-A.');
        expect(html).toContain('B SENT-B.');
        expect(html).toContain('C SENT-C.');
        expect(problems(elementsOf(html))).toEqual([]);
      }
    },
  );

  test('should drop form tags only', () => {
    expect(withoutFormTags('<form action="/x"><p>A</p></form ><formula>')).toBe('<p>A</p><formula>');
  });
});
