import { describe, expect, test } from 'vitest';
import { MAX_DEPTH } from '../../../src/markdown/remark-depth-limit';
import { firstParagraph } from '../../../src/lib/description';
import { guardNesting } from '../../../src/markdown/remark-nesting-guard';
import { renderArticle } from './render';
import { TIMEOUTS } from '../../support/timeouts';

describe('remark-nesting-guard', () => {
  test.each([
    ['short lists and quotes', '- item\n  - nested\n\n> > quote', '- item\n  - nested\n\n> > quote'],
    ['an ordered list', '1. one\n2. two', '1. one\n2. two'],
    ['code', '```\n- - - code\n```', '```\n- - - code\n```'],
    ['markers at the limit', `${'- '.repeat(MAX_DEPTH)}text`, `${'- '.repeat(MAX_DEPTH)}text`],
    ['one marker too many', `${'- '.repeat(MAX_DEPTH + 1)}text`, `${'- '.repeat(MAX_DEPTH)}text`],
    ['5000 quote markers', `${'> '.repeat(5000)}text`, `${'> '.repeat(MAX_DEPTH)}text`],
    ['5000 quote markers without spaces', `${'>'.repeat(5000)}text`, `${'>'.repeat(MAX_DEPTH)}text`],
    ['5000 ordered list markers', `${'1. '.repeat(5000)}text`, `${'1. '.repeat(MAX_DEPTH)}text`],
    ['5000 columns of indent', `- ${' '.repeat(5000)}- text`, `-    ${' '.repeat(MAX_DEPTH * 2)}- text`],
  ])('should cut %s back', (_name, markdown, guarded) => {
    expect(guardNesting(markdown)).toBe(guarded);
  });

  test.each([
    ['list markers', `${'- '.repeat(5000)}deep text`],
    ['quoted list markers', `${'> - '.repeat(2500)}deep text`],
    [
      'indented lists',
      Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') + ' deep text',
    ],
  ])(
    'should render %s nested thousands deep, with their text',
    // Unguarded, such a body took over 7 minutes: the time limit catches that, on a busy machine too.
    { timeout: TIMEOUTS.render },
    async (_name, markdown) => {
      const html = await renderArticle(markdown);
      expect(html).toContain('deep text');
    },
  );

  test('should find the summary of such a body too', { timeout: TIMEOUTS.render }, () => {
    expect(
      firstParagraph(`${'- '.repeat(5000)}deep text\n\nA first paragraph long enough to be the summary.`),
    ).toBe('A first paragraph long enough to be the summary.');
  });
});
