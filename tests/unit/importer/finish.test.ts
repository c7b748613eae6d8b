import { describe, expect, test } from 'vitest';
import type { ArticleDraft } from '../../../src/importer/draft';
import { finishDraft } from '../../../src/importer/finish';

const draft = (fields: Partial<ArticleDraft>): ArticleDraft => ({
  title: 'Tram Line Approved',
  related: [],
  body: 'The council approved the plan.',
  warnings: [],
  source: 'https://news.example.com/2026/06/08/tram',
  ...fields,
});

describe('finishDraft: the publication date', () => {
  test('should keep the dates the input states', () => {
    const { frontmatter, warnings } = finishDraft(draft({ published: '2026-06-07', updated: '2026-06-09' }));
    expect(frontmatter).toMatchObject({ published: '2026-06-07', updated: '2026-06-09' });
    expect(warnings).toEqual([]);
  });

  test('should take the update date when it is the only one, and say so', () => {
    const { frontmatter, warnings } = finishDraft(draft({ updated: '2026-06-09T10:45Z' }));
    expect(frontmatter.published).toBe('2026-06-09T10:45Z');
    expect(frontmatter.updated).toBeUndefined();
    expect(warnings).toEqual(['published: the copy prints only when it was updated; that date is used']);
  });

  test('should read the day in the original address when the input states no date, and say so', () => {
    const { frontmatter, warnings } = finishDraft(draft({}));
    expect(frontmatter.published).toBe('2026-06-08');
    expect(warnings).toEqual([
      'published: the copy prints no date; 2026-06-08 is read from the original address',
    ]);
  });

  test('should leave the date out when nothing gives one', () => {
    const { frontmatter } = finishDraft(draft({ source: 'https://news.example.com/tram' }));
    expect(frontmatter.published).toBeUndefined();
  });
});
