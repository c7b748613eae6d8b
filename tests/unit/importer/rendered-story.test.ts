// The saved-page extractor's judgement on a Markdown body (rendered, extracted, mapped back).
import { describe, expect, test } from 'vitest';
import { findChrome } from '../../../src/importer/main-content';
import { renderedStory } from '../../../src/importer/rendered-story';

const STORY = [
  'The council voted on Monday to keep the old library open for another five years, after a long campaign by parents and teachers who filled the hall.',
  'The building needs a new roof, which the city will pay for out of next year’s budget, the mayor told reporters after the vote in the evening.',
  'Work on the roof is due to start in the spring and to last about six months, during which the reading room will stay open to all visitors.',
  'Librarians said the number of visitors had grown every year since the campaign began, most of them children who come in after school.',
  'The campaign’s organisers said they would now raise money for longer opening hours on Sundays, when the building has been closed since 2015.',
];
const MENU =
  '## Sections\n\n*   [Home](/)\n*   [Local](/local)\n*   [Sport](/sport)\n*   [Weather](/weather)';
const BIO =
  '## About the author\n\nJane Doe has covered the city hall for the paper since 2012 and writes about schools, housing and transport for the local desk.';
const TEASERS = [
  '## More stories',
  '[Bus fares rise in May](/local/bus)',
  'Fares on every line go up by ten cents from the first of the month, the transport authority said on Friday.',
  '[A new park for the east side](/local/park)',
  'The park will open next summer on the site of the old rail yard, with a playground and a pond.',
].join('\n\n');

const page = [MENU, '# City Keeps Its Old Library Open', ...STORY, BIO, TEASERS].join('\n\n');

describe('renderedStory', () => {
  test('says which blocks the extracted article holds', () => {
    const story = renderedStory(page, 'City Keeps Its Old Library Open');
    expect(story).toBeDefined();
    // Blocks: heading, menu, headline, five paragraphs, the bio's heading and text, teasers.
    expect(story?.slice(3, 8)).toEqual([true, true, true, true, true]);
    expect(story?.[1]).toBe(false);
    expect(story?.[9]).toBe(false);
  });
});

describe('findChrome with the extractor', () => {
  const title = 'City Keeps Its Old Library Open';
  const texts = (extract: boolean) => findChrome(page, title, false, extract).map((block) => block.text);

  test('leaves out what only the extractor sees outside the story', () => {
    const bio = BIO.split('\n\n')[1]?.slice(0, 20) ?? '';
    expect(texts(false).some((text) => text.startsWith(bio))).toBe(false);
    expect(texts(true).some((text) => text.startsWith(bio))).toBe(true);
  });

  test('leaves a clean copy as written', () => {
    const clean = [STORY[0], '## The roof', STORY[1], STORY[2], '## The money', STORY[3], STORY[4]].join(
      '\n\n',
    );
    expect(findChrome(clean, title, false, true)).toEqual([]);
  });
});
