// A reader service's copy of a whole page: menus, share links, comments and teasers around the
// story, a title rewritten for search, and the date printed among other header items.
import { describe, expect, test } from 'vitest';
import { importInput } from '../../../src/importer/import-input';

const P = [
  'The council voted on Monday to keep the old library open for another five years, after a long campaign by parents and teachers.',
  'The building needs a new roof, which the city will pay for out of next year’s budget, the mayor told reporters after the vote.',
  'Work on the roof is due to start in the spring and to last about six months, during which the reading room will stay open.',
  'Librarians said the number of visitors had grown every year since the campaign began, most of them children after school.',
];
const menu =
  '*   [Home](https://news.example.com/)\n*   [Local](https://news.example.com/local)\n*   [Sport](https://news.example.com/sport)';
const share =
  '*   [](https://social.example/share?u=https%3A%2F%2Fnews.example.com%2Flocal%2Flibrary)\n*   [](mailto:?subject=Library)';
const teaser = [
  '#### [More from Local](https://news.example.com/local)',
  '*   [Bus fares rise in May](https://news.example.com/local/bus)\n*   [A new park for the east side](https://news.example.com/local/park)',
  '[More in Local](https://news.example.com/local)',
  'Here are the main points:',
  '1.  The roof',
].join('\n\n');
const comment = (name: string, text: string) =>
  [
    `[![Image 9: Avatar](https://news.example.com/avatars/${name}.png)](https://news.example.com/members/${name})`,
    `[${name}](https://news.example.com/posts/${name})`,
    '2 days ago at 07:52 am',
    text,
    '**Rating:** 36 Votes',
  ].join('\n\n');
const COMMENT_TEXT =
  'I grew up in that library and I am glad it stays, but the city should have fixed the roof years ago instead of waiting.';

const copy = [
  'Title: Old Library Stays Open for Five More Years After Vote | The Daily Example',
  '',
  'URL Source: https://news.example.com/local/library',
  '',
  'Markdown Content:',
  '[Skip to main content](https://news.example.com/local/library#main)',
  '',
  menu,
  '',
  'City Keeps Its Old Library Open',
  '===============================',
  '',
  '**Springfield**, [Staff Reporter](https://news.example.com/staff) | Updated : 19 November 2019, 09:01 AM',
  '',
  share,
  '',
  P[0],
  '',
  P[1],
  '',
  teaser,
  '',
  P[2],
  '',
  P[3],
  '',
  '[12 comments](https://news.example.com/local/library#comments)',
  '',
  share,
  '',
  'Top Rated Comments',
  '------------------',
  '',
  comment('alice', COMMENT_TEXT),
  '',
  comment('bob', COMMENT_TEXT.replace('I grew up', 'My children grew up')),
  '',
  comment('carol', COMMENT_TEXT.replace('I grew up', 'We all grew up')),
  '',
  menu,
].join('\n');

/** The library story as a reader service copies the whole page: its block, the menu, the headline, `lines`, the story. */
function libraryPage(lines: string[]): string {
  return [
    'Title: City Keeps Its Old Library Open | The Daily Example',
    '',
    'URL Source: https://news.example.com/local/library',
    '',
    'Published Time: 2019-11-18T15:45:00Z',
    '',
    'Markdown Content:',
    menu,
    '',
    'City Keeps Its Old Library Open',
    '===============================',
    '',
    ...lines.flatMap((line) => [line, '']),
    ...P.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');
}

describe('a whole page copied by a reader service', () => {
  const article = importInput(copy, 'library.md');

  test('should take the printed headline that the rewritten title confirms', () => {
    expect(article.frontmatter.title).toBe('City Keeps Its Old Library Open');
  });

  test('should read the date printed among other header items, and say to check it', () => {
    expect(article.frontmatter.published).toBe('2019-11-19T09:01');
    expect(article.toCheck).toContain('published: read from a line near the headline');
    expect(article.body).not.toContain('Updated');
  });

  test('should keep every paragraph of the story, also past a teaser block inside it', () => {
    for (const paragraph of P) expect(article.body).toContain(paragraph);
  });

  test('should leave out the comments under the story', () => {
    expect(article.body).not.toContain('grew up');
    expect(article.body).not.toContain('Rating');
  });
});

describe('the byline of a whole page copied by a reader service', () => {
  const page = (header: string) => libraryPage([share, header]);

  test.each([
    ['Monday November 18, 2019 7:45 am PST by [Jane Doe](https://news.example.com/author/jane-doe/)'],
    ['*   by [Jane Doe](https://news.example.com/author/jane-doe/)'],
    ['By Jane Doe — November 18, 2019'],
  ])('should read the byline from %j, without the date', (header) => {
    const article = importInput(page(header), 'library.md');
    expect(article.frontmatter.byline).toBe('Jane Doe');
    expect(article.frontmatter.published).toBe('2019-11-18T15:45:00Z');
    expect(article.body).not.toContain('Jane Doe');
  });
});

describe('a dateline that prints the byline too, with no date stated above the copy', () => {
  const page = [
    'Title: Library to stay open | The Daily Example',
    '',
    'URL Source: https://news.example.com/local/library',
    '',
    'Markdown Content:',
    menu,
    '',
    'City Keeps Its Old Library Open',
    '===============================',
    '',
    'Monday November 18, 2019 7:45 am PST by [Jane Doe](https://news.example.com/author/jane-doe/)',
    '',
    ...P.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');
  const article = importInput(page, 'library.md');

  test('should read both the date and the byline from the line', () => {
    expect(article.frontmatter.published).toBe('2019-11-18T07:45-08:00');
    expect(article.frontmatter.byline).toBe('Jane Doe');
    expect(article.body).not.toContain('Jane Doe');
  });

  test('should take the page heading over a title rewritten for search', () => {
    expect(article.frontmatter.title).toBe('City Keeps Its Old Library Open');
  });
});

describe('bylines a whole page prints around links and labels', () => {
  const page = libraryPage;

  test.each([
    [['[Jane Doe](https://news.example.com/author/jane-doe/ "Posts by Jane Doe") 18/11/2019']],
    [['By [Jane Doe](https://news.example.com/people/jane-doe)Business Columnist']],
    [['By [Jane Doe](https://news.example.com/a/jd)[@janedoe](https://social.example/janedoe)']],
    [['Author:', '[Jane Doe](https://news.example.com/author/jane-doe)']],
    [['Von [Jane Doe](https://news.example.com/author/jane-doe) publiziert am 18. November 2019']],
  ])('should read Jane Doe from %j', (header) => {
    const article = importInput(page(header), 'library.md');
    expect(article.frontmatter.byline).toBe('Jane Doe');
  });
});

describe('a date printed under a long headline or in the byline line, with none stated above the copy', () => {
  const long =
    'City Keeps Its Old Library Open for Five More Years After a Long Campaign by Parents, Teachers and Librarians';
  const page = (header: string) =>
    [
      'Title: Library to stay open | The Daily Example',
      '',
      'URL Source: https://news.example.com/local/library',
      '',
      'Markdown Content:',
      menu,
      '',
      long,
      '='.repeat(long.length),
      '',
      '![Image 1: ](https://news.example.com/avatars/jane.png)',
      '',
      header,
      '',
      ...P.flatMap((paragraph) => [paragraph, '']),
    ].join('\n');

  test('should read the date under a headline whose underline is as long as a paragraph', () => {
    const article = importInput(
      page('[Jane Doe](https://social.example/profile/1 "Jane Doe") August 08, 2018'),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2018-08-08');
  });

  test('should read the date a byline runs on into, and say to check it', () => {
    const article = importInput(
      page('Written by [Jane Doe, MS](https://news.example.com/team) on November 14, 2019'),
      'x.md',
    );
    expect(article.frontmatter.published).toBe('2019-11-14');
    expect(article.frontmatter.byline).toBe('Jane Doe, MS');
    expect(article.toCheck.some((line) => line.startsWith('published: read from'))).toBe(true);
  });
});

describe('a Chinese whole-page copy', () => {
  const page = (header: string) =>
    [
      'Title: 市图书馆将继续开放五年',
      '',
      'URL Source: https://news.example.com/articles/3771861',
      '',
      'Published Time: 2026-05-08T12:30:54.000Z',
      '',
      'Markdown Content:',
      '# 市图书馆将继续开放五年 - 示例新闻',
      '',
      menu,
      '',
      '# 市图书馆将继续开放五年',
      '',
      header,
      '',
      '市议会周一投票决定，在家长和教师长期呼吁之后，旧图书馆将继续开放五年。市长在投票后对记者表示，大楼需要一个新屋顶，费用将从明年的预算中支出。',
      '',
      '屋顶工程预计于春季开工，持续约六个月，其间阅览室照常开放。图书馆员说，自从呼吁活动开始以来，读者人数每年都在增长，其中大多数是放学后的孩子。',
    ].join('\n');

  test('should take the heading without the site name, and a name printed beside the date', () => {
    const article = importInput(
      page('![Image 3: avatar](https://news.example.com/a.png)葛冬瑾 05-08 12:30'),
      'x.md',
    );
    expect(article.frontmatter.title).toBe('市图书馆将继续开放五年');
    expect(article.frontmatter.byline).toBe('葛冬瑾');
  });

  test('should read a labelled byline', () => {
    expect(importInput(page('记者 张三 李四'), 'x.md').frontmatter.byline).toBe('张三 李四');
  });
});

describe('a byline printed under the standfirst or the lead photo caption', () => {
  const page = (under: string[]) =>
    libraryPage([
      'Parents and teachers won a long campaign to keep the reading room open for five more years.',
      ...under,
    ]);

  test.each([
    [['Author:', '[Jane Doe](https://news.example.com/author/jane-doe)', 'Publish date:', 'Nov 18, 2019']],
    [['By [Jane Doe](https://news.example.com/authors/Jane%20Doe/) | November 18, 2019 at 2:26 PM']],
    [['**18/11/2019** - Publicado por: Jane Doe - Categoria: [Local](https://news.example.com/local)']],
  ])('should read Jane Doe from %j', (under) => {
    const article = importInput(page(under), 'library.md');
    expect(article.frontmatter.byline).toBe('Jane Doe');
    expect(article.body).not.toContain('Jane Doe');
  });
});

describe('a whole page that prints its headline twice', () => {
  const page = [
    'Title: City Keeps Its Old Library Open',
    '',
    'URL Source: https://news.example.com/local/library',
    '',
    'Published Time: 2019-11-18T15:45:00Z',
    '',
    'Markdown Content:',
    menu,
    '',
    '# City Keeps Its Old Library Open',
    '',
    'City Keeps Its Old Library Open',
    '',
    ...P.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');

  test('should leave the second one out of the body, and say so', () => {
    const article = importInput(page, 'library.md');
    expect(article.body.startsWith(P[0] ?? '')).toBe(true);
    expect(article.warnings).toContain('line 14: left out, the headline printed again');
  });
});
