/**
 * Import speed: N saved pages (the corpus's pages, cycled) written to a temporary folder and
 * imported by the real command (`runImport`, writing content files), timed as wall clock. A
 * fixed CPU task timed in the same run gives a ratio that is comparable on a busy machine.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/importer/run';
import type { CorpusPage } from './corpus';

export interface SpeedRun {
  seconds: number;
  calibration: number;
  failed: number;
}

function calibrate(): number {
  const start = performance.now();
  let hash = Buffer.alloc(64);
  for (let i = 0; i < 400_000; i++) hash = createHash('sha256').update(hash).digest();
  return (performance.now() - start) / 1000;
}

export async function timeImport(pages: CorpusPage[], count: number): Promise<SpeedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-import-'));
  try {
    mkdirSync(join(dir, 'pages'));
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      const page = pages[i % pages.length];
      if (page === undefined) break;
      const file = join(dir, 'pages', `${String(i).padStart(5, '0')}-${page.key.slice(0, 12)}.html`);
      writeFileSync(file, page.html);
      files.push(file);
    }
    const calibration = calibrate();
    let failed = 0;
    const io = {
      cwd: dir,
      stdout: () => {},
      stderr: () => {
        failed++;
      },
      readStdin: () => Promise.resolve(''),
    };
    const start = performance.now();
    await runImport([...files, '--out', join(dir, 'out')], io);
    const seconds = (performance.now() - start) / 1000;
    return { seconds, calibration, failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
