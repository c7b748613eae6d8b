// Page chrome in scraped Markdown: what leaves the body, what stays, and how it is reported.
import { describe, expect, test } from 'vitest';
import { describeChrome, findChrome } from '../../../src/importer/main-content';
import { parseRawCopy } from '../../../src/importer/raw-copy';
import { dropChrome } from '../../../src/importer/drop-chrome';

const P1 =
  'The council voted on Monday to keep the old library open for another five years, after a campaign by parents and teachers.';
const P2 =
  'The building needs a new roof, which the city will pay for out of next year’s budget, the mayor said.';
const P3 = 'Work is due to start in the spring and to last about six months.';
const HEAD = '# Library Stays Open\n\nBy Jane Doe\n\nJune 8, 2026\n\n';
const FOOT = '\n\nOriginal url:\n\n<https://news.example.com/2026/06/08/library>';

const removed = (markdown: string, title?: string) => findChrome(markdown, title).map((block) => block.text);

describe('findChrome', () => {
  test.each([
    ['Advertisement'],
    ['Advertisement · Scroll to continue'],
    ['hide caption'],
    ['toggle caption'],
    ['Your browser does not support the video tag.'],
    ['Skip to main content'],
    ['Mehr zu diesem Thema'],
    ['Читайте также'],
    ['写评论'],
    ['最热文章'],
    ['Purchase Licensing Rights, opens new tab'],
  ])('should take out the label %j between paragraphs', (label) => {
    expect(removed(`${P1}\n\n${label}\n\n${P2}`)).toEqual([label]);
  });

  test('should keep a sentence that only mentions a label', () => {
    expect(removed(`${P1}\n\nThe advertisement ran in three papers on Sunday.\n\n${P2}`)).toEqual([]);
  });

  test('should take out a teaser label and the links under it', () => {
    const teaser =
      'Read next\n\n[One story](https://example.com/1)\n\n[Another story](https://example.com/2)';
    expect(removed(`${P1}\n\n${P2}\n\n${teaser}\n\n${P3}`)).toEqual([
      'Read next',
      'One story',
      'Another story',
    ]);
  });

  test('should take out menus above and below the story, and a teaser list inside it', () => {
    const menu = '* [Home](/)\n* [World](/world)\n* [Sport](/sport)';
    expect(removed(`${menu}\n\n${P1}\n\n${menu}\n\n${P2}\n\n${P3}\n\n${menu}`)).toEqual([
      'Home World Sport',
      'Home World Sport',
      'Home World Sport',
    ]);
  });

  test('should keep a list with a link or two inside the story', () => {
    const list = '- [The report](https://example.com/report)\n- the council’s answer';
    expect(removed(`${P1}\n\n${list}\n\n${P2}`)).toEqual([]);
  });

  test('should take out the page above the headline printed again, in a copy of a whole page', () => {
    const page = `[Sign in](/login)\n\nWeather: 21°\n\nOld Library Stays Open\n======================\n\n${P1}\n\n${P2}`;
    expect(removed(page, 'Old Library Stays Open | The Daily Example')).toEqual([
      'Sign in',
      'Weather: 21°',
      'Old Library Stays Open',
    ]);
  });

  test('should keep the story when the headline is printed again at its end', () => {
    expect(removed(`${P1}\n\n${P2}\n\n${P3}\n\nOld Library Stays Open`, 'Old Library Stays Open')).toEqual(
      [],
    );
  });

  test('should keep a long list after the story, with chrome after it', () => {
    const recipe = `Ingredients\n\n- ${P1}\n- ${P2}\n\nInstructions\n\n- ${P3}`;
    expect(
      removed(`${P1}\n\n${P2}\n\n${recipe}\n\nYou may also like:\n\n![](https://example.com/a.jpg)`),
    ).toEqual(['You may also like:', '(picture)']);
  });

  test('should take out a link broken by the blocks inside it', () => {
    const broken =
      '[Council meets again\n\n* By Staff\n* 11/20/2019\n\n](https://example.com/next "Council meets again")';
    expect(removed(`${P1}\n\n${P2}\n\n${broken}`)).toHaveLength(3);
  });

  test('should take out a teaser card: a link broken by its picture, its title left before the tail', () => {
    const card =
      '[\n\n![Image 3: Bus](https://example.com/bus.jpg)\n\nBus fares rise in May](https://example.com/bus)';
    expect(removed(`${P1}\n\n${card}\n\n${P2}`)).toEqual([
      '[',
      '(picture)',
      'Bus fares rise in May](https://example.com/bus )',
    ]);
  });

  test('should take out a list of share buttons whose links are broken by their icons', () => {
    const item = (name: string) =>
      `*   [\n    \n    Share this with ${name}](https://example.com/share/${name})`;
    const share = ['Facebook', 'Twitter', 'Email'].map(item).join('\n');
    expect(removed(`${P1}\n\n${share}\n\n${P2}\n\n${P3}`)).toHaveLength(1);
  });

  test('should keep the story above a subheading that starts like the headline', () => {
    const title = 'How to retire early so you can travel and relax on your own schedule';
    const below = Array.from({ length: 4 }, () => `${P2}\n\n${P3}`).join('\n\n');
    expect(removed(`${P1}\n\n## How to retire early\n\n${below}`, title)).toEqual([]);
  });

  test('should take out a footer of links and short lines after the story', () => {
    const footer = '[About us](/about)\n\n[Contact](/contact)\n\nTerms of Use\n\n© 2026 The Daily Example';
    expect(removed(`${P1}\n\n${P2}\n\n${footer}`)).toHaveLength(4);
  });

  test('should keep a sign-off after the story', () => {
    expect(removed(`${P1}\n\n${P2}\n\nAdditional reporting by John Roe\n\n— AFP`)).toEqual([]);
  });

  test('should leave out a newsletter prompt between paragraphs', () => {
    const promo = 'The Morning Briefing newsletter brings you the day’s news. Sign up [here](/newsletters).';
    const chrome = findChrome(`${P1}\n\n${promo}\n\n${P2}`);
    expect(chrome.map((block) => [block.kind, block.start])).toEqual([['label', 3]]);
  });

  test('should report each kind once, every block with its lines', () => {
    const chrome = findChrome(`${P1}\n\nAdvertisement\n\n${P2}\n\nAdvertisement\n\nhide caption\n\n${P3}`);
    expect(describeChrome(chrome, 10)).toEqual([
      'left out as page chrome, chrome labels (3): "Advertisement" (lines 13, 17), "hide caption" (line 19)',
    ]);
  });
});

describe('comments and teasers under the story of a whole page', () => {
  const menu = '*   [Home](https://news.example.com/)\n*   [Local](https://news.example.com/local)';
  const comment = (n: number, name: string, time: string, text: string) =>
    `${n}.  **${name}** says:\n    \n    [November 19, 2019 at ${time}](https://news.example.com/library#c${n})\n    \n    ${text}`;
  const comments = [
    '12 responses to “Library Stays Open”\n-----------------------------------',
    [
      comment(
        1,
        'alice',
        '6:34 am',
        'Glad it stays open, I spent every afternoon there as a child and so did my own children after school.',
      ),
      comment(2, 'bob', '6:44 am', 'The roof should have been fixed years ago, honestly.'),
      comment(
        3,
        'carol',
        '7:02 am',
        'Good news for the children of the east side, who have no other library within walking distance.',
      ),
    ].join('\n'),
  ].join('\n\n');
  const teaser = (title: string, day: string) => [
    `[${title}](https://news.example.com/${day})`,
    'Jane Roe',
    `Tuesday November ${day}, 2019`,
    `${title}, the council said.`,
  ];
  const teasers = [
    'More from the Daily Example',
    ...teaser('Bus fares rise', '18'),
    ...teaser('A park for the east side', '17'),
    ...teaser('The pool reopens', '16'),
  ];
  const P4 = 'Librarians said the number of visitors had grown every year since the campaign began.';
  const story = [P1, P2, P3, P4].join('\n\n');
  const notice =
    'The Daily Example is published by Example Media. All rights reserved; no part may be reproduced without permission.';
  const page = (under: string[]) => [menu, story, ...under, menu, notice].join('\n\n');
  const kept = (markdown: string) => {
    const lines = markdown.split('\n');
    for (const block of findChrome(markdown, 'Library Stays Open', true, true))
      lines.fill('', block.start - 1, block.end);
    return lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  };

  test('should leave out a numbered list of comments and its heading', () => {
    expect(kept(page([comments]))).toBe(story);
  });

  test('should leave out the reply form and what follows it, from its label on', () => {
    const form = [
      '### Leave a Reply [Cancel reply](https://news.example.com/library#respond)',
      'Your email address will not be published. Required fields are marked with an asterisk, as always here.',
      '### About the Daily Example',
      'The Daily Example has covered the city since 1901 and is read by forty thousand people every morning.',
    ];
    expect(kept(page(form))).toBe(story);
  });

  test('should leave out teasers printed block by block, each with its date', () => {
    expect(kept(page(teasers))).toBe(story);
  });
});

describe('raw copies with page chrome', () => {
  test('should leave out the chrome and warn once per kind, with file lines', () => {
    const draft = parseRawCopy(`${HEAD}${P1}\n\nAdvertisement\n\n${P2}\n\nAdvertisement\n\n${P3}${FOOT}`);
    expect(draft.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(draft.warnings).toEqual([
      'left out as page chrome, chrome labels (2): "Advertisement" (lines 9, 13)',
    ]);
  });

  test('should keep related lines for the related field', () => {
    const related = '**Related article:** [Old Library Closes](https://news.example.com/old)';
    const draft = parseRawCopy(`${HEAD}${P1}\n\n${P2}\n\n${related}${FOOT}`);
    expect(draft.related).toEqual([{ title: 'Old Library Closes', url: 'https://news.example.com/old' }]);
    expect(draft.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe('dropChrome', () => {
  test('should take chrome out of a converted page and name it by its text', () => {
    expect(dropChrome(`${P1}\n\nSEE MORE:\n\n${P2}\n\nAdvertisement\n\n${P3}`, 'Library')).toEqual({
      body: `${P1}\n\n${P2}\n\n${P3}`,
      warnings: ['left out as page chrome, chrome labels (2): "SEE MORE:", "Advertisement"'],
    });
  });
});

describe("a page's legal line", () => {
  test.each([
    ['Copyright © 2026. All Rights Reserved.'],
    ['© 2026 Example Media Network'],
    ['©2018-2026 上海示例科技股份有限公司 版权所有'],
    ['Alle Inhalte dieser Seite, alle Rechte vorbehalten.'],
  ])('should be chrome: %j', (line) => {
    expect(removed(`${P1}\n\n${line}\n\n${P2}`)).toEqual([line]);
  });

  test('should end the story, so the short lines of the footer above it leave too', () => {
    const footer = [
      'Contact Us',
      'Make A Payment',
      'Terms Of Service',
      'Copyright © 2026. All Rights Reserved.',
    ];
    expect(removed([P1, P2, P3, ...footer].join('\n\n'))).toEqual(footer);
  });

  test('should keep a sentence about copyright in the story', () => {
    expect(
      removed(`${P1}\n\nThe copyright on the plans belongs to the city, the mayor said.\n\n${P2}`),
    ).toEqual([]);
  });
});

test('should keep the code and the short lists under a story’s last paragraph: a footer holds no code', () => {
  const steps = [
    '## Install',
    '- Node 18 or later\n- PostgreSQL 12 or later',
    '```bash\nnpm ci\nnpm start\n```',
  ];
  expect(
    removed([P1, '[Site](https://example.com/) [Code](https://example.com/code)', ...steps].join('\n\n')),
  ).toEqual(['Site Code']);
});

test.each([['Show'], ['Show more'], ['Hide']])(
  'a box toggle %j between paragraphs should be chrome',
  (label) => {
    expect(removed(`${P1}\n\n${label}\n\n${P2}`)).toEqual([label]);
  },
);

test('an appeal for money under the story should be chrome', () => {
  const appeal = '**[Show your support](https://support.example.com/) for our reporting today**';
  expect(removed(`${P1}\n\n${P2}\n\n${appeal}`)).toEqual(['Show your support for our reporting today']);
});

test.each([['风险提示及免责条款'], ['继续滑动看下一个'], ['向上滑动看下一个']])(
  'the Chinese label %j should be chrome',
  (label) => {
    expect(removed(`${P1}\n\n${label}\n\n${P2}`)).toEqual([label]);
  },
);

test('an investment disclaimer under market news should be chrome', () => {
  const disclaimer = '市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标。';
  expect(removed(`${P1}\n\n${P2}\n\n${disclaimer}`)).toEqual([disclaimer]);
});
