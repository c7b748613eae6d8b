/**
 * The article-extraction benchmark's scorer, as its `evaluate.py` computes it: words are runs of
 * `\w` (Python's Unicode letters, digits and `_`), pages are compared as multisets of 4-word
 * shingles, each page's counts are normalised so long pages weigh no more than short ones, and
 * precision and recall are averaged over pages. An empty prediction is an empty page.
 */

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  f1: number;
  precision: number;
  recall: number;
}

// Python's `\w` on str: alphanumeric characters (letters, and digits of every kind) and `_`.
// It does not match combining marks, so neither does this.
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // As evaluate.py: a text shorter than n words is one shorter shingle; an empty text has none.
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's true positives, false positives and false negatives, normalised to sum to 1. */
export function pageCounts(truth: string, prediction: string, n = 4): PageCounts {
  const expected = shingles(truth, n);
  const predicted = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const t = expected.get(key) ?? 0;
    const p = predicted.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Precision and recall averaged over pages (as evaluate.py, pages without the counts skipped). */
export function scoresOf(pages: PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

/** Scores a whole set of predictions against the ground truth, key by key. */
export function score(truth: Map<string, string>, predictions: Map<string, string>): Scores {
  return scoresOf([...truth].map(([key, body]) => pageCounts(body, predictions.get(key) ?? '')));
}
