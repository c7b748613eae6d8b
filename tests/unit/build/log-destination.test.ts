import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerMessage } from 'astro';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import broadsheetLog, { phaseLine, summarizeWarnings, warningKey } from '../../../src/build/log-destination';
import { endPhase, phases, startPhase } from '../../../src/build/progress';

const event = (message: string, extra: Partial<AstroLoggerMessage> = {}): AstroLoggerMessage => ({
  label: null,
  level: 'info',
  message,
  newLine: true,
  ...extra,
});

let out: string[];

beforeEach(() => {
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('phaseLine', () => {
  test('should say how far a running phase is, and how long a finished one took', () => {
    const phase = { name: 'x', unit: 'articles checked', done: 1200, total: 10000, started: 0 };
    expect(phaseLine(phase, 2300)).toBe('… 1,200/10,000 articles checked, 2.3 s');
    expect(phaseLine({ ...phase, done: 10000, ended: 4100 })).toBe('✓ 10,000 articles checked in 4.1 s');
  });
});

describe('warningKey', () => {
  test('should group one warning about many pages, and keep different warnings apart', () => {
    const a = event('Could not render `/articles/a/` in 12ms', { level: 'warn', label: 'build' });
    const b = event('Could not render `/articles/b/` in 340ms', { level: 'warn', label: 'build' });
    const c = event('Image too large: photos/a.jpg', { level: 'warn', label: 'build' });
    expect(warningKey(a)).toBe(warningKey(b));
    expect(warningKey(a)).not.toBe(warningKey(c));
  });
});

describe('the build log', () => {
  test('should leave out the line of every page and image, and count them instead', () => {
    const log = broadsheetLog({ tty: false });
    startPhase('pages', 'pages written', 2);
    log.write(
      event('  \u001b[34m├─\u001b[39m \u001b[2m/articles/a/index.html\u001b[22m', { newLine: false }),
    );
    log.write(
      event('  \u001b[34m├─\u001b[39m \u001b[2m/articles/b/index.html\u001b[22m', { newLine: false }),
    );
    log.write(event(' \u001b[2m(+12ms)\u001b[22m ', { label: 'SKIP_FORMAT' }));
    log.write(event(' \u001b[32m(cached)\u001b[39m', { label: 'SKIP_FORMAT' }));
    log.write(event('  ▶ /_astro/a.webp (before: 10kB, after: 2kB) (+5ms) \u001b[2m(1/1)\u001b[22m'));
    log.write(event('Complete!', { label: 'build' }));
    endPhase('pages');
    const text = stripVTControlCharacters(out.join(''));
    expect(text).not.toContain('├─');
    expect(text).not.toContain('(cached)');
    expect(text).not.toContain('▶');
    expect(text).toContain('[build] Complete!');
    expect(text).toContain('✓ 1 images optimized');
    expect(text).toMatch(/✓ 2 pages written in \d+\.\d s\n/);
    expect(phases().find((phase) => phase.name === 'pages')?.done).toBe(2);
  });

  test('should print a warning once and count its repeats at the end', () => {
    const log = broadsheetLog({ tty: false });
    for (const slug of ['a', 'b', 'c']) {
      log.write(event(`Slow page /articles/${slug}/ took 900ms`, { level: 'warn', label: 'build' }));
    }
    log.write(event('Another kind of warning', { level: 'warn', label: 'build' }));
    summarizeWarnings();
    const text = stripVTControlCharacters(out.join(''));
    expect(text.match(/Slow page/g)).toHaveLength(2);
    expect(text).toContain('Slow page /articles/a/ took 900ms');
    expect(text).toContain('3 × [build] Slow page /articles/a/ took 900ms');
    expect(text).toContain('Run the build with --verbose to see every one.');
  });
});
