import { describe, expect, test } from 'vitest';
import { describeArticle, firstParagraph, truncateAtWord } from '../../../src/lib/description';

describe('truncateAtWord', () => {
  test('leaves short text alone', () => {
    expect(truncateAtWord('A short dek.', 160)).toBe('A short dek.');
  });

  test('cuts at a word, never inside one, and marks the cut', () => {
    const text = 'North Korean state media on Tuesday released images of leader Kim Jong Un mourning';
    const cut = truncateAtWord(text, 40);
    expect(cut).toBe('North Korean state media on Tuesday…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  test('does not leave punctuation before the ellipsis', () => {
    expect(truncateAtWord('Alpha beta, gamma delta epsilon', 13)).toBe('Alpha beta…');
  });
});

describe('firstParagraph', () => {
  test('skips headings, images and short lines, and drops Markdown syntax', () => {
    const body = [
      '## A heading',
      '![photo](x.jpg)',
      'KCNA',
      'The **nuclear-armed** North has [emerged](https://example.com) as one of Russia’s key allies.',
    ].join('\n\n');
    expect(firstParagraph(body)).toBe('The nuclear-armed North has emerged as one of Russia’s key allies.');
  });

  test('leaves raw HTML out of the summary', () => {
    expect(
      firstParagraph('Before <script>alert(1)</script> after, with enough words to count as prose here.'),
    ).toBe('Before alert(1) after, with enough words to count as prose here.');
  });

  test('handles CRLF line endings', () => {
    expect(firstParagraph('First paragraph that is long enough to be prose.\r\n\r\nSecond.')).toBe(
      'First paragraph that is long enough to be prose.',
    );
  });
});

describe('describeArticle', () => {
  const paragraph = 'The body paragraph, which is long enough to be the summary of the article.';
  test.each([
    [{ description: 'Desc.', dek: 'Dek.' }, 'Desc.'],
    [{ dek: 'Dek.' }, 'Dek.'],
    [{}, paragraph],
  ])('prefers description, then dek, then the first paragraph (%j)', (data, expected) => {
    expect(describeArticle(data, paragraph)).toBe(expected);
  });
});
