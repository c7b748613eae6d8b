import { describe, expect, test } from 'vitest';
import { type StablePage, stablePages } from '../../../src/lib/finding/stable-pages';

const SIZE = 5;
/** A newest-first list of `count` articles: `count` is the newest, 1 the oldest. */
const list = (count: number) => Array.from({ length: count }, (_, i) => count - i);

/** The pages from the home through each `older` link. */
function walk<T>(pages: Array<StablePage<T>>): Array<StablePage<T>> {
  const byNumber = new Map(pages.map((page) => [page.number, page]));
  const seen: Array<StablePage<T>> = [];
  for (let page = byNumber.get(undefined); page; page = byNumber.get(page.older)) {
    seen.push(page);
    if (page.older === undefined) break;
  }
  return seen;
}

/** Archive pages (not the home) of `after` whose articles or links differ from `before`'s. */
function changed<T>(before: Array<StablePage<T>>, after: Array<StablePage<T>>): Array<number | undefined> {
  const old = new Map(before.map((page) => [page.number, JSON.stringify(page)]));
  return after.filter((page) => old.get(page.number) !== JSON.stringify(page)).map((page) => page.number);
}

describe('stablePages', () => {
  test.each([0, 1, SIZE, 2 * SIZE - 1])('should show a list of %i on its home alone', (count) => {
    expect(stablePages(list(count), SIZE)).toEqual([{ items: list(count) }]);
  });

  test('should count archive pages from the oldest, and show the rest on the home', () => {
    expect(stablePages(list(13), SIZE)).toEqual([
      { items: [13, 12, 11, 10, 9, 8, 7, 6], older: 1 },
      { number: 1, items: [5, 4, 3, 2, 1], newer: 'home' },
    ]);
    expect(stablePages(list(15), SIZE)).toEqual([
      { items: [15, 14, 13, 12, 11], older: 2 },
      { number: 2, items: [10, 9, 8, 7, 6], newer: 'home', older: 1 },
      { number: 1, items: [5, 4, 3, 2, 1], newer: 2 },
    ]);
  });

  test.each([10, 11, 14, 42, 50])(
    'should show each of %i articles once, newest first, from the home through "older"',
    (count) => {
      const pages = stablePages(list(count), SIZE);
      const walked = walk(pages);
      expect(walked).toHaveLength(pages.length);
      expect(walked.flatMap((page) => page.items)).toEqual(list(count));
      const home = walked[0]?.items.length ?? 0;
      expect(home).toBeGreaterThanOrEqual(SIZE);
      expect(home).toBeLessThan(2 * SIZE);
      for (const page of walked.slice(1)) expect(page.items).toHaveLength(SIZE);
    },
  );

  test('should link each archive page to the one it follows, and the newest to the home', () => {
    const pages = stablePages(list(42), SIZE);
    for (const page of pages) {
      if (page.number === undefined) continue;
      const newer = pages.find((other) => other.older === page.number);
      expect(page.newer).toBe(newer?.number ?? 'home');
    }
  });

  test.each([9, 10, 11, 14, 15, 40])(
    'should change the home (and, when a page fills up, two archive pages) after %i two archive pages, when the newest is added',
    (count) => {
      const before = stablePages(list(count), SIZE);
      const after = stablePages(list(count + 1), SIZE);
      const full = Math.floor((count + 1) / SIZE) - 1;
      const newlyFull = (count + 1) % SIZE === 0;
      const filled = [full, full - 1].filter((number) => number >= 1);
      expect(changed(before, after)).toEqual(newlyFull ? [undefined, ...filled] : [undefined]);
    },
  );

  test('should change only the pages newer than an article added in the middle', () => {
    // 42 articles; one dated between the 17th and the 18th oldest.
    const before = stablePages(list(42), SIZE);
    const after = stablePages([...list(42).filter((n) => n > 17), 17.5, ...list(17)], SIZE);
    expect(changed(before, after)).toEqual([undefined, 7, 6, 5, 4]);
    // Pages 1–3 hold the 15 oldest; page 4 holds the 16th to 20th.
    expect(after.find((page) => page.number === 4)?.items).toEqual([19, 18, 17.5, 17, 16]);
  });
});
