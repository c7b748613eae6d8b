// A floor on body extraction, scored as the benchmark scores it (scripts/bench-import), on small
// pages we wrote that carry the chrome real pages carry: menus, teaser lists, promos, labels, a
// cookie notice, and the same story as a reader service's whole-page Markdown.
import { describe, expect, test } from 'vitest';
import { bodyText } from '../../../scripts/bench-import/body-text';
import { pageCounts, scoresOf } from '../../../scripts/bench-import/shingles';
import { readDraft } from '../../../src/importer/import-input';

const STORY = [
  'The city council voted on Monday to keep the old library on Main Street open for another five years, after a campaign by parents and teachers that lasted all winter.',
  'The building needs a new roof, which the city will pay for out of next year’s budget, the mayor said after the vote, adding that the work would start in the spring.',
  'Librarians said the number of visitors had doubled since the campaign began, with children’s reading hours and language classes full every week.',
  'A group of residents had asked the council to sell the building to a developer, arguing that the money would be better spent on the schools.',
];
const TRUTH = STORY.join('\n\n');
const MENU =
  '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const TEASERS =
  '<aside><h3>Read next</h3><ul><li><a href="/a">Council approves new bus lanes on the ring road</a></li><li><a href="/b">Schools to get new heating before winter</a></li><li><a href="/c">Market hall reopens after two years</a></li></ul></aside>';

function htmlPage(article: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>Library Stays Open | The Daily Example</title><link rel="canonical" href="https://news.example.com/2026/06/08/library"></head><body>${MENU}${extra}<article><h1>Library Stays Open</h1>${article}</article>${TEASERS}<footer><a href="/about">About us</a> <a href="/terms">Terms of Use</a></footer></body></html>`;
}

const paragraphs = STORY.map((p) => `<p>${p}</p>`);
const pages: [string, string, string][] = [
  ['a plain article page', htmlPage(paragraphs.join('')), 'page.html'],
  [
    'labels and a teaser list inside the story',
    htmlPage(
      [
        paragraphs[0],
        '<p>Advertisement</p>',
        paragraphs[1],
        TEASERS,
        paragraphs[2],
        '<p>hide caption</p>',
        paragraphs[3],
      ].join(''),
    ),
    'page.html',
  ],
  [
    'a cookie notice Readability takes for the story',
    `<!doctype html><html><body><div class="notice"><p>This website uses cookies to improve your experience. We will assume you are fine with this, but you can opt out if you wish.</p></div><div aria-hidden="true"><article><h1>Library Stays Open</h1>${paragraphs.join('')}</article></div></body></html>`,
    'page.html',
  ],
  [
    'the whole page as a reader service saves it',
    `Title: Library Stays Open | The Daily Example\n\nURL Source: https://news.example.com/2026/06/08/library\n\nMarkdown Content:\n*   [Home](https://news.example.com/)\n*   [World](https://news.example.com/world)\n*   [Sport](https://news.example.com/sport)\n\n[Sign in](https://news.example.com/login)\n\nLibrary Stays Open\n==================\n\n${STORY[0]}\n\nAdvertisement · Scroll to continue\n\n${STORY[1]}\n${STORY[2]}\n\n${STORY[3]}\n\nRead next\n---------\n\n*   [Council approves new bus lanes on the ring road](https://news.example.com/a)\n*   [Schools to get new heating before winter](https://news.example.com/b)\n\n[About us](https://news.example.com/about)\n\n[Terms of Use](https://news.example.com/terms)\n\n© 2026 The Daily Example\n\nFollow us\n`,
    'copy.md',
  ],
];

// Each page runs the whole extractor: slow on a busy machine, so no default timeout.
describe('body extraction floor', { timeout: 60_000 }, () => {
  test.each(pages)('should extract the story of %s', (_name, text, shown) => {
    const { tp, fp, fn } = pageCounts(TRUTH, bodyText(readDraft(text, shown).body));
    expect(tp / (tp + fp), 'precision').toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn), 'recall').toBeGreaterThanOrEqual(0.95);
  });

  test('should score at least 0.95 F1 over all pages', () => {
    const counts = pages.map(([, text, shown]) => pageCounts(TRUTH, bodyText(readDraft(text, shown).body)));
    expect(scoresOf(counts).f1).toBeGreaterThanOrEqual(0.95);
  });
});
