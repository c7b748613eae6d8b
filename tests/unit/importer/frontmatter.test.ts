import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { frontmatterYaml, renderArticle } from '../../../src/importer/frontmatter';

describe('frontmatterYaml', () => {
  test('should quote date-times and leave dates plain', () => {
    const yaml = frontmatterYaml({
      published: '2025-07-01',
      updated: '2025-07-01T10:45',
      archived: '2025-07-02T08:00Z',
    });
    expect(yaml).toBe('published: 2025-07-01\nupdated: "2025-07-01T10:45"\narchived: "2025-07-02T08:00Z"\n');
  });

  test('should never fold a long headline', () => {
    const title = 'word '.repeat(40).trim();
    expect(frontmatterYaml({ title })).toBe(`title: ${title}\n`);
  });

  test.each([['yes'], ['null'], ['123'], ['true'], ['#hashtag'], ['Breaking: news'], ['- dash']])(
    'should keep %j a string',
    (title) => {
      expect(parse(frontmatterYaml({ title }), { schema: 'core' })).toEqual({ title });
    },
  );
});

describe('renderArticle', () => {
  test('should put a blank line between frontmatter and body and end with one newline', () => {
    expect(renderArticle({ title: 'T' }, 'Body.\n\n')).toBe('---\ntitle: T\n---\n\nBody.\n');
  });
});
