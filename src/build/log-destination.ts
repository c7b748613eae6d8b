/**
 * What `npm run build` prints (an Astro logger destination, docs.astro.build/en/reference/logger-reference).
 * Astro writes a line for every page and every image, about 22,000 lines for 10,000 articles;
 * here they become one progress line per phase (./progress.ts), with counts and elapsed time:
 * rewritten in place on a terminal, printed as plain lines elsewhere (CI), at most every
 * `PLAIN_EVERY_MS` and when the phase ends. A warning is printed once and its repeats counted;
 * `summarizeWarnings()` prints the counts at the end. `verbose` prints every line as Astro would.
 *
 * Loaded by Node itself, outside Vite: imports carry their `.ts` extension.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';
import { advance, endPhase, onProgress, type Phase, phases, startPhase } from './progress.ts';

/** In plain (non-terminal) output, a running phase prints a line at most this often. */
const PLAIN_EVERY_MS = 10_000;

export interface LogOptions {
  /** Print every line Astro writes, as `astro build` does. */
  verbose?: boolean;
  /** Rewrite progress lines in place (a terminal); defaults to whether stdout is one. */
  tty?: boolean;
}

const numbers = new Intl.NumberFormat('en-US');

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `1,200/10,000 articles checked, 2.3 s`, or `✓ 10,000 articles checked in 2.3 s` at the end. */
export function phaseLine(phase: Phase, now = performance.now()): string {
  if (phase.ended !== undefined) {
    return `✓ ${numbers.format(phase.done)} ${phase.unit} in ${seconds(phase.ended - phase.started)}`;
  }
  const total = phase.total === undefined ? '' : `/${numbers.format(phase.total)}`;
  return `… ${numbers.format(phase.done)}${total} ${phase.unit}, ${seconds(now - phase.started)}`;
}

/**
 * What stays of a warning once the particulars are taken out (numbers, paths, quoted names), so
 * the same warning about 500 pages is one group.
 */
export function warningKey(event: AstroLoggerMessage): string {
  const text = event.message
    .replace(/(["'`“])[^"'`”]*(["'`”])/g, '$1…$2')
    .replace(/\S*[/\\]\S*/g, '…')
    .replace(/\d+/g, '#');
  return `${event.label ?? ''} ${text}`;
}

/** A page Astro generated or kept: `├─ /articles/x/index.html`, then its time on the same line. */
const PAGE_LINE = '├─';
/** The end of a page's line, written when the page is: ` (+12ms)`, ` (cached)`, ` (restored)`. */
const PAGE_END = /^\s*\((?:\+[\d.]+m?s|cached|restored)\)|^\s*$|file not created/;
/** An image Astro optimized: `▶ /_astro/x.webp (before…) (+12ms) (3/40)`. */
const IMAGE_LINE = /▶.*\((\d+)\/(\d+)\)\s*$/;
const COLORS = /\x1b\[[\d;]*m/g;

/** The phase of the pages (started with its total by ../integrations/build-parts.ts). */
export const PAGES = 'pages';
const IMAGES = 'images';

interface Warning {
  first: AstroLoggerMessage;
  count: number;
}

/** State shared by every copy of this module (Astro loads its logger more than once a build). */
interface Shared {
  warnings: Map<string, Warning>;
  print?: (write: () => void) => void;
}

const SHARED = Symbol.for('broadsheet.build-log');

function shared(): Shared {
  const scope = globalThis as typeof globalThis & { [SHARED]?: Shared };
  scope[SHARED] ??= { warnings: new Map() };
  return scope[SHARED];
}

/** Prints how often each warning shown once was repeated (nothing when none was). */
export function summarizeWarnings(
  print: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
) {
  const { warnings } = shared();
  const repeated = [...warnings.values()].filter((warning) => warning.count > 1);
  const total = [...warnings.values()].reduce((sum, warning) => sum + warning.count, 0);
  // Each was printed once already: only repeats need saying.
  if (repeated.length === 0) return;
  print(
    `${numbers.format(total)} warning${total === 1 ? '' : 's'} in ${warnings.size} kind${warnings.size === 1 ? '' : 's'}:`,
  );
  for (const { first, count } of [...warnings.values()].sort((a, b) => b.count - a.count)) {
    print(
      `  ${numbers.format(count)} × ${first.label ? `[${first.label}] ` : ''}${first.message.split('\n')[0]}`,
    );
  }
  print('Run the build with --verbose to see every one.');
}

/** Draws the progress lines: one reporter per process, however many loggers Astro makes. */
function startReporter(tty: boolean): (write: () => void) => void {
  let live = '';
  const lastPrinted = new Map<string, number>();
  const clearLive = () => {
    if (tty && live) process.stdout.write('\r\x1b[2K');
  };
  const drawLive = () => {
    if (!tty) return;
    const running = phases().filter((phase) => phase.ended === undefined);
    live = running.map((phase) => phaseLine(phase)).join(' · ');
    const width = process.stdout.columns || 120;
    if (live) process.stdout.write(`\r\x1b[2K${live.slice(0, width - 1)}`);
  };
  const print = (write: () => void) => {
    clearLive();
    write();
    drawLive();
  };
  let scheduled = false;
  onProgress((phase) => {
    if (phase.ended !== undefined) {
      print(() => process.stdout.write(`${phaseLine(phase)}\n`));
      return;
    }
    if (tty) {
      // Many changes a second: draw at most every 100 ms.
      if (!scheduled) {
        scheduled = true;
        setTimeout(() => {
          scheduled = false;
          drawLive();
        }, 100).unref();
      }
      return;
    }
    const now = performance.now();
    if (now - (lastPrinted.get(phase.name) ?? phase.started) >= PLAIN_EVERY_MS) {
      lastPrinted.set(phase.name, now);
      process.stdout.write(`${phaseLine(phase, now)}\n`);
    }
  });
  return print;
}

export default function broadsheetLog(options: LogOptions = {}): AstroLoggerDestination {
  const astro = nodeDestination();
  if (options.verbose) {
    shared().print ??= (() => {
      onProgress((phase) => {
        if (phase.ended !== undefined) process.stdout.write(`${phaseLine(phase)}\n`);
      });
      return (write: () => void) => write();
    })();
    return astro;
  }
  const state = shared();
  const show = (state.print ??= startReporter(options.tty ?? process.stdout.isTTY === true));
  const { warnings } = state;
  return {
    write(event) {
      const text = event.message.replace(COLORS, '');
      if (event.label === null && text.includes(PAGE_LINE)) {
        advance(PAGES);
        return;
      }
      if (event.label === 'SKIP_FORMAT' && PAGE_END.test(text)) return;
      const image = event.label === null && IMAGE_LINE.exec(text);
      if (image) {
        const total = Number(image[2]);
        if (!phases().some((phase) => phase.name === IMAGES && phase.ended === undefined)) {
          startPhase(IMAGES, 'images optimized', total);
        }
        advance(IMAGES);
        if ((phases().find((phase) => phase.name === IMAGES)?.done ?? 0) >= total) endPhase(IMAGES);
        return;
      }
      if (event.level === 'warn') {
        const key = warningKey(event);
        const known = warnings.get(key);
        if (known) {
          known.count++;
          return;
        }
        warnings.set(key, { first: event, count: 1 });
      }
      show(() => astro.write(event));
    },
  };
}
