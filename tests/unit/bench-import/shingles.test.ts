// The bench's scorer against values the benchmark's evaluate.py gives for the same strings.
import { describe, expect, test } from 'vitest';
import { pageCounts, scoresOf, tokenize } from '../../../scripts/bench-import/shingles';

describe('shingle scorer', () => {
  test('should split words as Python’s \\w does, combining marks included', () => {
    expect(tokenize('naïve café_1 नमस्ते 東京')).toEqual(['naïve', 'café_1', 'नमस', 'त', '東京']);
  });

  const pairs: [string, string, [number, number, number]][] = [
    ['one two three four five six', 'one two three four five six', [1, 0, 0]],
    ['one two three four five six', 'one two three four five seven', [0.5, 0.25, 0.25]],
    ['a b c d', '', [0, 0, 1]],
    ['', 'x y z w', [0, 1, 0]],
    ['Привет мир, как дела у тебя', 'Привет мир, как дела у меня', [0.5, 0.25, 0.25]],
    ['short', 'short', [1, 0, 0]],
  ];

  test.each(pairs)('should count %j against %j as evaluate.py does', (truth, prediction, expected) => {
    const { tp, fp, fn } = pageCounts(truth, prediction);
    expect([tp, fp, fn]).toEqual(expected);
  });

  test('should average precision and recall over pages, as evaluate.py does', () => {
    const scores = scoresOf(pairs.map(([truth, prediction]) => pageCounts(truth, prediction)));
    expect(scores.f1).toBeCloseTo(0.6666666666666666, 12);
    expect(scores.precision).toBeCloseTo(0.6666666666666666, 12);
    expect(scores.recall).toBeCloseTo(0.6666666666666666, 12);
  });
});
