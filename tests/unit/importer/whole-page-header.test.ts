// The date and byline of a whole page a reader service copied: a time its block states with no
// zone against the one the page prints, a time printed on the line under its date, a date printed
// under the lead photo's caption, a numeric date in a language that writes the day first; names
// printed without "By" beside the date or marked as a person's, and a headline printed twice.
import { describe, expect, test } from 'vitest';
import { importInput } from '../../../src/importer/import-input';

const STORY = [
  'The council voted on Monday to keep the old library open for another five years, after a long campaign by parents and teachers.',
  'The building needs a new roof, which the city will pay for out of next year’s budget, the mayor told reporters after the vote.',
  'Work on the roof is due to start in the spring and to last about six months, during which the reading room will stay open.',
];
const HISTORIA = [
  'A câmara municipal decidiu na segunda-feira manter a antiga biblioteca aberta por mais cinco anos, depois de uma longa campanha de pais e professores.',
  'O prédio precisa de um telhado novo, que a prefeitura vai pagar com o orçamento do próximo ano, disse o prefeito aos jornalistas após a votação.',
  'As obras devem começar na primavera e durar cerca de seis meses, e a sala de leitura continua aberta durante esse tempo.',
];

const PHOTO = [
  '![Image 1: The old library](https://news.example.com/library.jpg)',
  'The old library on Main Street, where the reading room will stay open while the roof is repaired next spring, as the council decided on Monday. (Daily Example)',
];

/** A reader service's copy: its block (`published` as stated, if any), a menu, the headline, `lines`, the story. */
function page(lines: string[], published?: string, story = STORY): string {
  return [
    'Title: City Keeps Its Old Library Open | The Daily Example',
    '',
    'URL Source: https://news.example.com/local/library',
    '',
    ...(published === undefined ? [] : [`Published Time: ${published}`, '']),
    'Markdown Content:',
    '*   [Home](https://news.example.com/)\n*   [Local](https://news.example.com/local)',
    '',
    'City Keeps Its Old Library Open',
    '===============================',
    '',
    ...[...lines, ...story].flatMap((line) => [line, '']),
  ].join('\n');
}

describe('a time stated with no zone above a page that prints its own', () => {
  test('should take the printed time with its zone, and leave the line out of the body', () => {
    const article = importInput(
      page(['by Jane Doe', '*   Nov 18, 2019 at 9:24 pm ET • 2 min read'], '2019-11-19 02:24:00'),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2019-11-18T21:24-05:00');
    expect(article.body).not.toContain('9:24');
  });

  test('should take the page’s wall clock, printed under its date, whole hours from the stated time', () => {
    const article = importInput(
      page([...PHOTO, 'By Jane Doe', 'Nov. 19, 2019', '5:53 PM'], '2019-11-20T01:53:14.418'),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2019-11-19T17:53');
    expect(article.body).not.toContain('5:53');
  });

  test('should keep the stated time when the page prints another', () => {
    const article = importInput(
      page(['by Jane Doe', '*   Nov 18, 2019 at 10:02 am ET • 2 min read'], '2019-11-19 02:24:00'),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2019-11-19T02:24:00');
  });
});

describe('a date printed over two lines', () => {
  test('should read the day and the time with its year, and leave both lines out', () => {
    const article = importInput(
      page([...PHOTO.slice(0, 1), 'November 20', '15:23 2019', 'By Jane Doe']),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2019-11-20T15:23');
    expect(article.body).not.toContain('15:23');
  });
});

describe('a date printed with the byline under the lead photo’s caption', () => {
  test('should read the date from the byline line', () => {
    const article = importInput(
      page([...PHOTO, 'By Jane Doe | November 18, 2019 at 2:26 PM - Updated November 18 at 4:46 PM']),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2019-11-18T14:26');
    expect(article.frontmatter.byline).toBe('Jane Doe');
  });
});

describe('a numeric date in a language that writes the day first', () => {
  test('should read 05/10/2018 as 5 October in a Portuguese copy', () => {
    const article = importInput(
      page(
        ['**05/10/2018** - Publicado por: Ana Lopes - Categoria: [Cidade](https://news.example.com/c)'],
        undefined,
        HISTORIA,
      ),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2018-10-05');
    expect(article.frontmatter.byline).toBe('Ana Lopes');
  });
});

const SHARE = Array.from(
  { length: 14 },
  (_, i) =>
    `*   [![Image ${i + 2}: ](https://news.example.com/icons/${i}.png)](https://social.example/share?u=${i})`,
);

describe('a byline printed without "By", with the date near it', () => {
  test.each([
    [
      'a name linked with its own title, then the date',
      ['[Jane Doe](https://social.example/profile/1 "Jane Doe") August 08, 2018'],
    ],
    [
      'a name alone over the date line',
      [...PHOTO, 'Jane Doe  ', 'Published Monday, November 18, 2019 8:22AM EST'],
    ],
    [
      'a picture and a name over the date line',
      [
        '[![Image 2: ](https://social.example/jd.jpg)](https://social.example/)[Jane Doe](https://social.example/)',
        'Nov 18, 2019 @17:19 PM',
      ],
    ],
    [
      'a name linked to its own page, an account beside it',
      [
        'Nov 18, 2019',
        '[Jane Doe](https://news.example.com/jane-doe/)[@janedoe](https://social.example/janedoe)',
      ],
    ],
    [
      'a name linked to its own page, a job title after it',
      ['[Jane Q. Doe](https://news.example.com/sites/janedoe/) Senior Contributor'],
    ],
    [
      'an author link past a long list of share buttons',
      [
        ...SHARE,
        '[Jane Doe,](https://news.example.com/author/jane-doe) Springfield,',
        '*   Nov 18 2019, 11:06am',
      ],
    ],
  ])('should read Jane Doe from %s', (_what, header) => {
    const article = importInput(page(header, '2019-11-18T15:45:00Z'), 'x.md');
    expect(article.frontmatter.byline).toMatch(/^Jane (?:Q\. )?Doe$/);
  });

  test('should take "by" over a link list item next to the date', () => {
    const article = importInput(
      page(
        [
          '*   [Previous Post](https://news.example.com/2018/08/28/budget/)\n*   [Next Post](https://news.example.com/2018/10/02/roof/)',
          'September 10, 2018 | by [Jane](https://news.example.com/author/jane-doe/)',
        ],
        '2018-09-10',
      ),
      'x.md',
    );
    expect(article.frontmatter.byline).toBe('Jane');
  });
});

describe('a headline printed twice, the first over the story’s byline and date', () => {
  test('should take the first, and its byline', () => {
    const copy = page(
      [
        '[Jane Doe](https://news.example.com/autoren/jane-doe), [Daily Example](https://news.example.com/)',
        '*   19.11.2019, 08:57',
        'City Keeps Its Old Library Open\n===============================',
        'The council voted to keep the library open...',
      ],
      '2019-11-19T08:57:40+01:00',
    );
    const article = importInput(copy, 'x.md');
    expect(article.frontmatter.byline).toBe('Jane Doe, Daily Example');
  });
});
