/**
 * The import command: reads each input, imports it, and writes `<slug>.md` (or `<slug>/index.md`
 * with its pictures) into the output folder. Never overwrites a differing file without
 * `force`; re-importing the same input reports "unchanged". One failing input does not stop the
 * others; the exit code says whether any failed. With ./beside-copy.ts, which finds the
 * pictures an input names, the only module of the importer that touches disk.
 */
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseDate } from '../lib/dates';
import { isLanguageTag, canonicalLanguageTag } from '../lib/language';
import { isHttpUrl } from '../lib/urls';
import { parseArticleSource } from '../loaders/frontmatter';
import { checkImageSrc } from '../loaders/image-src';
import { imageBesideInput } from './beside-copy';
import { decodeInput } from './charset';
import { parseDateLine } from './dates';
import { importInput, isHtmlInput, type ImportedArticle } from './import-input';
import { picturesRefused } from './local-images';
import { MissingFieldsError } from './refusal';
import { summarise } from './summary';

export interface Io {
  /** Where relative paths on the command line start. */
  cwd: string;
  /** The output folder when `--out` is not given (the project's `content/articles`). */
  defaultOut?: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  readStdin: () => Promise<string>;
  /** The clock, for the day a first import is archived (tests fix it). */
  now?: () => Date;
}

export const USAGE = `Usage: npm run import -- <file>... [--out content/articles] [--force] [--dry-run]
                       [--lang <tag>] [--publisher <name>] [--source <url>] [--published <date>]
Imports raw copies (Markdown saved by a scraper) and saved web pages (.html) as articles.
Use - to read one input from standard input. --source and --published supply what a copy
does not state (what the copy states wins).`;

interface Options {
  inputs: string[];
  out: string;
  force: boolean;
  dryRun: boolean;
  lang?: string;
  publisher?: string;
  source?: string;
  published?: string;
  /** The options as typed that shape the output, to repeat in a command that finishes an import. */
  typed: string[];
}

class UsageError extends Error {}

/** `--published` as ISO 8601: ISO as typed, or a date as a copy would print it (`27 Feb 2026`). */
function publishedOption(value: string): string {
  const iso = normaliseDate(value.trim()) ?? parseDateLine(value.trim())?.published;
  if (iso === undefined) {
    throw new UsageError(`--published ${value}: not a date (2026-02-27, 2026-02-27T09:30, "27 Feb 2026"...)`);
  }
  return iso;
}

function parseOptions(args: string[], defaultOut: string): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', short: 'f', default: false },
      'dry-run': { type: 'boolean', short: 'n', default: false },
      lang: { type: 'string' },
      publisher: { type: 'string' },
      source: { type: 'string' },
      published: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) throw new UsageError('');
  if (positionals.length === 0) throw new UsageError('no input files');
  if (positionals.filter((p) => p === '-').length > 1)
    throw new UsageError('- (standard input) can be read only once');
  if (values.lang !== undefined && !isLanguageTag(values.lang)) {
    throw new UsageError(`--lang ${values.lang}: not a BCP 47 language tag (en, ru, ar, pt-BR...)`);
  }
  const publisher = values.publisher?.trim();
  const source = values.source?.trim();
  if (source !== undefined && !isHttpUrl(source)) {
    throw new UsageError(`--source ${source}: not an absolute http:// or https:// address`);
  }
  const published = values.published === undefined ? undefined : publishedOption(values.published);
  const typed = (['out', 'lang', 'publisher'] as const).flatMap((name) =>
    values[name] === undefined ? [] : [`--${name}`, values[name]],
  );
  return {
    inputs: positionals,
    out: values.out ?? defaultOut,
    force: values.force,
    dryRun: values['dry-run'],
    ...(values.lang !== undefined && { lang: canonicalLanguageTag(values.lang) }),
    ...(publisher && { publisher }),
    ...(source && { source }),
    ...(published !== undefined && { published }),
    typed,
  };
}

/** The day of `date` on this machine's calendar, `YYYY-MM-DD`. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The `archived` day an existing content file records, `null` when it records none, `undefined`
 * when there is no readable file: re-importing keeps what the first import wrote.
 */
function archivedIn(file: Buffer | undefined): string | null | undefined {
  if (file === undefined) return undefined;
  try {
    const value = parseArticleSource(file.toString('utf8'), 'existing').data['archived'];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return typeof value === 'string' ? value : null;
  } catch {
    return undefined;
  }
}

/** `word` quoted for a POSIX shell when it needs it. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

type Outcome = 'written' | 'unchanged' | 'would write' | 'would be unchanged';

interface PlannedFile {
  path: string;
  content: string | Buffer;
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** The files an article becomes, and the other form of the same slug (which must not exist). */
async function planFiles(
  article: ImportedArticle,
  outDir: string,
): Promise<{ files: PlannedFile[]; other: string }> {
  const pictures = new Map(
    [...(article.imageFile ? [article.imageFile] : []), ...(article.bodyFiles ?? [])].map(
      ({ from, name }) => [name, from],
    ),
  );
  if (pictures.size === 0) {
    return {
      files: [{ path: join(outDir, `${article.slug}.md`), content: article.text }],
      other: join(outDir, article.slug, 'index.md'),
    };
  }
  const folder = join(outDir, article.slug);
  const copies = await Promise.all(
    [...pictures].map(async ([name, from]) => ({ path: join(folder, name), content: await readFile(from) })),
  );
  return {
    files: [{ path: join(folder, 'index.md'), content: article.text }, ...copies],
    other: join(outDir, `${article.slug}.md`),
  };
}

/**
 * The site's own checks of the pictures a raw copy brings (a header sharp reads, at most 100
 * megapixels), so that one the build would refuse is refused now, before anything is written.
 */
async function checkPictures(article: ImportedArticle, copy: string): Promise<void> {
  const pictures = [...(article.imageFile ? [article.imageFile] : []), ...(article.bodyFiles ?? [])];
  const problems: string[] = [];
  for (const name of new Set(pictures.map((picture) => picture.name))) {
    const problem = await checkImageSrc(copy, `./${name}`, dirname(copy));
    if (problem !== undefined) problems.push(`image "${name}": ${problem}`);
  }
  if (problems.length > 0) throw picturesRefused(problems);
}

async function importOne(
  input: string,
  options: Options,
  io: Io,
): Promise<{ outcome: Outcome; path: string; article: ImportedArticle }> {
  const fromStdin = input === '-';
  const path = resolve(io.cwd, input);
  const text = fromStdin ? await io.readStdin() : decodeInput(await readFile(path));
  const shown = fromStdin ? 'stdin' : input;
  const importWith = (archived: string | undefined) =>
    importInput(text, shown, {
      ...(options.lang !== undefined && { lang: options.lang }),
      ...(options.publisher !== undefined && { publisher: options.publisher }),
      ...(options.source !== undefined && { source: options.source }),
      ...(options.published !== undefined && { published: options.published }),
      ...(archived !== undefined && { archived }),
      ...(!fromStdin && {
        findImage: (src: string) => imageBesideInput(path, src, (file) => shownPath(file, io.cwd)),
        findLocalFile: (src: string) => {
          const found = imageBesideInput(path, src, (file) => file);
          return 'file' in found ? found.file : undefined;
        },
      }),
    });
  // A first import is archived today; a re-import keeps what the existing file records.
  let article = importWith(localDay((io.now ?? (() => new Date()))()));
  if (!fromStdin && !isHtmlInput(shown, text)) await checkPictures(article, path);
  const outDir = resolve(io.cwd, options.out);
  let { files, other } = await planFiles(article, outDir);
  const recorded = archivedIn(await readIfExists(files[0]?.path ?? ''));
  if (recorded !== undefined && recorded !== article.frontmatter.archived) {
    article = importWith(recorded ?? undefined);
    ({ files, other } = await planFiles(article, outDir));
  }
  if (existsSync(other)) {
    throw new Error(`${shownPath(other, io.cwd)} already has the slug "${article.slug}": remove it first`);
  }
  // A link already in the output folder could send what we write anywhere on the disk.
  for (const path of new Set(files.flatMap((file) => [dirname(file.path), file.path]))) {
    if (path !== outDir && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new Error(
        `${shownPath(path, io.cwd)} is a symbolic link: the importer never writes through one (remove it first)`,
      );
    }
  }
  const existing = await Promise.all(files.map((file) => readIfExists(file.path)));
  const unchanged = files.map((file, i) => existing[i]?.equals(Buffer.from(file.content)) === true);
  const main = files[0]?.path ?? '';
  if (unchanged.every(Boolean)) {
    return { outcome: options.dryRun ? 'would be unchanged' : 'unchanged', path: main, article };
  }
  const differing = files.filter((_file, i) => existing[i] !== undefined && !unchanged[i]);
  if (differing.length > 0 && !options.force) {
    throw new Error(
      `${differing.map((f) => shownPath(f.path, io.cwd)).join(' and ')} already exists and differs: use --force to overwrite`,
    );
  }
  if (!options.dryRun) {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(file.path, file.content);
    }
  }
  return { outcome: options.dryRun ? 'would write' : 'written', path: main, article };
}

function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Runs the import command; returns the exit code (0 all imported, 1 some failed, 2 usage). */
export async function runImport(args: string[], io: Io): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(args, io.defaultOut ?? 'content/articles');
  } catch (error) {
    const message = (error as Error).message;
    if (message) io.stderr(`import: ${message}`);
    (message ? io.stderr : io.stdout)(USAGE);
    return message ? 2 : 0;
  }
  const counts = { written: 0, unchanged: 0, failed: 0 };
  for (const input of options.inputs) {
    const shown = input === '-' ? 'stdin' : input;
    try {
      const { outcome, path, article } = await importOne(input, options, io);
      io.stdout(`${shown} → ${shownPath(path, io.cwd)}: ${outcome}`);
      io.stdout(`  ${summarise(article)}`);
      if (article.toCheck.length > 0) io.stdout(`  to check: ${article.toCheck.join('; ')}`);
      for (const warning of article.warnings) io.stdout(`  warning: ${warning}`);
      if (outcome === 'written' || outcome === 'would write') counts.written++;
      else counts.unchanged++;
    } catch (error) {
      counts.failed++;
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      if (error instanceof MissingFieldsError) {
        const [first, ...rest] = reason.split('\n');
        io.stderr(`${shown}: failed: ${first ?? ''}`);
        for (const line of rest) io.stderr(`  ${line}`);
        const command = ['npm', 'run', 'import', '--', input, ...options.typed, ...error.finishingOptions()];
        io.stderr(`  to finish: ${command.map(shellWord).join(' ')}`);
      } else {
        io.stderr(`${shown}: failed: ${reason}`);
      }
    }
  }
  const verb = options.dryRun ? 'would write' : 'written';
  io.stdout(`${counts.written} ${verb}, ${counts.unchanged} unchanged, ${counts.failed} failed`);
  return counts.failed > 0 ? 1 : 0;
}
