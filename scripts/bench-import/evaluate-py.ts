/**
 * Cross-check with the corpus's own scorer: predictions written as `output/<name>.json` in a
 * temporary copy of the corpus, `python3 evaluate.py` run there, and its F1, precision and recall
 * read back, so the bench can show that both scorers agree.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scores } from './shingles';

/** Scores by prediction name as evaluate.py prints them, or why it could not run. */
export function runEvaluatePy(
  corpusDir: string,
  predictions: Map<string, Map<string, string>>,
): Map<string, Scores> | string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-evaluate-'));
  try {
    copyFileSync(join(corpusDir, 'evaluate.py'), join(dir, 'evaluate.py'));
    copyFileSync(join(corpusDir, 'ground-truth.json'), join(dir, 'ground-truth.json'));
    mkdirSync(join(dir, 'output'));
    for (const [name, bodies] of predictions) {
      const output = Object.fromEntries([...bodies].map(([key, articleBody]) => [key, { articleBody }]));
      writeFileSync(join(dir, 'output', `${name}.json`), JSON.stringify(output));
    }
    const run = spawnSync('python3', ['evaluate.py', '--n-bootstrap', '2'], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) return `python3 evaluate.py failed: ${(run.stderr || String(run.error)).trim()}`;
    const scores = new Map<string, Scores>();
    for (const line of run.stdout.split('\n')) {
      const m = /^(\S+)\s+(?:\S+\s+)?([\d.]+) ± [\d.]+\s+([\d.]+) ± [\d.]+\s+([\d.]+) ± /.exec(line);
      if (m) scores.set(m[1] ?? '', { f1: Number(m[2]), precision: Number(m[3]), recall: Number(m[4]) });
    }
    return scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
