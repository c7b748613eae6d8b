// Lead photo captions and credits split as printed: credits out of captions and bodies, printed
// captions and off-site lead pictures out of the story's first lines.
import { describe, expect, test } from 'vitest';
import { splitCaptionCredit } from '../../../src/importer/credit';
import { parseHtmlPage } from '../../../src/importer/html/page';
import { parseRawCopy } from '../../../src/importer/raw-copy';

const STORY =
  'The council voted on Monday to keep the old library open for another five years, after a campaign by parents and teachers that lasted all winter.';
const STORY2 =
  'The building needs a new roof, which the city will pay for out of next year’s budget, the mayor said on Tuesday.';

describe('splitCaptionCredit', () => {
  test.each([
    [
      'Protesters outside the court on Monday. Credit...Jane Doe/Associated Press',
      { caption: 'Protesters outside the court on Monday.', credit: 'Jane Doe/Associated Press' },
    ],
    [
      'Le président à Paris. (Photo Jean Dupont. AFP)',
      { caption: 'Le président à Paris.', credit: 'Jean Dupont. AFP' },
    ],
    [
      'Students march in Hong Kong. (AP Photo/John Roe)',
      { caption: 'Students march in Hong Kong.', credit: 'AP Photo/John Roe' },
    ],
    [
      'The protests began in June (Image: GETTY )',
      { caption: 'The protests began in June', credit: 'GETTY' },
    ],
    ['A quiet street in Kyiv. Photo: Reuters', { caption: 'A quiet street in Kyiv.', credit: 'Reuters' }],
    ['A caption with (parentheses) inside.', { caption: 'A caption with (parentheses) inside.' }],
  ])('should split %j', (text, expected) => {
    expect(splitCaptionCredit(text)).toEqual(expected);
  });
});

describe('raw copies', () => {
  test('should take a "Credit..." line under an off-site lead photo out of the body', () => {
    const copy = `# Library Stays Open\n\nBy Jane Doe\n\nJune 8, 2026\n\n![The library](https://news.example.com/a.jpg)\nThe library on Main Street.\n\nCredit...Jane Doe/Associated Press\n\n${STORY}\n\nOriginal url:\n\n<https://news.example.com/a>`;
    const draft = parseRawCopy(copy);
    expect(draft.image).toEqual({
      caption: 'The library on Main Street.',
      credit: 'Jane Doe/Associated Press',
    });
    expect(draft.body).toBe(STORY);
  });
});

test('a caption ending with a licensing link should give its caption and credit, not a first paragraph', () => {
  const copy = `Title: Library Stays Open\n\nURL Source: https://news.example.com/a\n\nMarkdown Content:\n![The library](https://news.example.com/a.jpg)\n\nThe library on Main Street, seen on June 1, 2026. AGENCY/Jane Doe/File Photo [Purchase Licensing Rights, opens new tab](https://licensing.example.com/x)\n\n${STORY}`;
  const draft = parseRawCopy(copy);
  expect(draft.image).toEqual({
    caption: 'The library on Main Street, seen on June 1, 2026.',
    credit: 'AGENCY/Jane Doe/File Photo',
  });
  expect(draft.body).toBe(STORY);
});

describe('saved pages', () => {
  const page = (body: string) =>
    `<!doctype html><html><head><title>Library Stays Open</title><link rel="canonical" href="https://news.example.com/a"></head><body><article><h1>Library Stays Open</h1>${body}</article></body></html>`;

  test('should take a credit printed inside the figure caption out of the caption', () => {
    const draft = parseHtmlPage(
      page(
        `<figure><img src="a.jpg" alt="The library"><figcaption>The library on Main Street. (Photo Jean Dupont. AFP)</figcaption></figure><p>${STORY}</p><p>${STORY2}</p>`,
      ),
    );
    expect(draft.image).toMatchObject({ caption: 'The library on Main Street.', credit: 'Jean Dupont. AFP' });
  });

  test('should make an off-site picture first in the story the lost lead picture, not a link', () => {
    const draft = parseHtmlPage(
      page(
        `<p><img src="https://cdn.example.com/a.jpg" alt="The library on Main Street"></p><p>${STORY}</p><p>${STORY2}</p>`,
      ),
    );
    expect(draft.image).toEqual({ caption: 'The library on Main Street' });
    expect(draft.body).toBe(`${STORY}\n\n${STORY2}`);
  });

  test('should not keep the printed caption as the first paragraph', () => {
    const draft = parseHtmlPage(
      page(
        `<figure><img src="a.jpg"><figcaption>The library on Main Street, which opened in 1904.</figcaption></figure><p>The library on Main Street, which opened in 1904.</p><p>${STORY}</p><p>${STORY2}</p>`,
      ),
    );
    expect(draft.image?.caption).toBe('The library on Main Street, which opened in 1904.');
    expect(draft.body).toBe(`${STORY}\n\n${STORY2}`);
  });
});
