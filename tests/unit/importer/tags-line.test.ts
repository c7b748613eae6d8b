import { describe, expect, test } from 'vitest';
import { parseTagsLine } from '../../../src/importer/tags-line';

describe('parseTagsLine', () => {
  test.each([
    ['Tags: Transport, City Council, Europe', ['Transport', 'City Council', 'Europe']],
    ['**Topics:** [Energy](/topic/energy) · [Europe](/topic/europe)', ['Energy', 'Europe']],
    ['Filed under: Courts | Crime', ['Courts', 'Crime']],
    ['Keywords: #climate #energy', ['climate', 'energy']],
  ])('should read %j', (line, tags) => {
    expect(parseTagsLine(line)).toEqual(tags);
  });

  test.each([
    'Tags: This is a sentence that ends.',
    'Topics:',
    'The topics: energy and climate',
    'Tags: a tag name that goes on and on far longer than any tag would',
  ])('should not read %j', (line) => {
    expect(parseTagsLine(line)).toBeUndefined();
  });
});
