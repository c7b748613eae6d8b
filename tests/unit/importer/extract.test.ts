// The main-content decision for saved pages: Readability, and Defuddle when Readability finds no
// article (here the story sits in a container Readability skips, and a cookie notice is left).
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle, type Extractor } from '../../../src/importer/html/extract';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the story tells what happened in the town on Monday, when the council met and voted on the new budget for the library and the schools.</p>`;
const cookie =
  '<div class="notice"><p>This website uses cookies to improve your experience. We will assume you are fine with this, but you can opt out if you wish.</p></div>';

function text(html: string, extractor: Extractor): string {
  const parse = () => parseHTML(html).document as unknown as Document;
  return (extractArticle(parse(), parse, extractor)?.content ?? '').replace(/<[^>]+>/g, ' ');
}

describe('extractArticle', () => {
  const hidden = `<!doctype html><html><body>${cookie}<div aria-hidden="true"><article>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></div></body></html>`;
  const plain = `<!doctype html><html><body>${cookie}<article>${[1, 2, 3].map(paragraph).join('')}</article></body></html>`;

  test('should take Defuddle’s article when Readability finds only a few words', () => {
    expect(text(hidden, 'readability')).toContain('cookies');
    expect(text(hidden, 'combined')).toContain('Paragraph 5 of the story');
    expect(text(hidden, 'combined')).not.toContain('cookies');
  });

  test('should keep Readability’s article when it found one', () => {
    expect(text(plain, 'combined')).toBe(text(plain, 'readability'));
    expect(text(plain, 'combined')).toContain('Paragraph 3 of the story');
  });
});
