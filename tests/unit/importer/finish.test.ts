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

describe('finishDraft: a stated date against the address', () => {
  test('should keep a date the address contradicts, and say so', () => {
    const { frontmatter, warnings, toCheck } = finishDraft(
      draft({ published: '2022-05-01', source: 'https://news.example.com/2026/feb/20/tram' }),
    );
    expect(frontmatter.published).toBe('2022-05-01');
    expect(warnings).toEqual([
      'published: the copy states 2022-05-01, but its address says 2026-02-20: check it',
    ]);
    expect(toCheck).toContain('published: contradicts the address');
  });

  test('should accept a day or two apart (time zones, a late upload)', () => {
    const { warnings } = finishDraft(draft({ published: '2026-06-09T01:30+09:00' }));
    expect(warnings).toEqual([]);
  });
});

describe('finishDraft: what the command line supplies', () => {
  test('should use --source and --published where the copy states none, and say so', () => {
    const withoutSource = draft({});
    delete withoutSource.source;
    const { frontmatter, toCheck } = finishDraft(withoutSource, {
      source: 'https://a.example/x',
      published: '2026-06-01',
    });
    expect(frontmatter).toMatchObject({ source: 'https://a.example/x', published: '2026-06-01' });
    expect(toCheck).toEqual(['source: from --source', 'published: from --published', 'byline: none found']);
  });

  test('should stamp archived with the day given, unless the copy records one', () => {
    expect(
      finishDraft(draft({ published: '2026-06-08' }), { archived: '2026-12-03' }).frontmatter.archived,
    ).toBe('2026-12-03');
    expect(
      finishDraft(draft({ published: '2026-06-08', archived: '2026-06-09' }), { archived: '2026-12-03' })
        .frontmatter.archived,
    ).toBe('2026-06-09');
  });
});
