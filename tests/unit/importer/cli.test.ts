/**
 * The import command as people use it: what it writes, what it prints, and its exit code.
 * Most cases call `runImport` in-process; one runs the real script in a child process.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runImport } from '../../../src/importer/run';
import { validateArticles } from '../../../src/loaders/validate';
import { projectRoot } from '../../support/build';
import { declaredPng, disguisedJpeg } from '../../support/hostile-images';

const fixtures = join(projectRoot, 'tests/fixtures/import');
const SEED_RAW = join(projectRoot, 'tests/fixtures/seed/raw.md');
const SEED_SLUG = 'kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626';
const SEED_ARTICLE = join(projectRoot, 'samples/articles', `${SEED_SLUG}.md`);
// The day the tests' imports happen: a first import is archived on it.
const TODAY = '2026-12-03';
const now = () => new Date(2026, 11, 3, 9, 30);

/**
 * The shipped seed article as a first import writes it: stamped with the day it was archived, and
 * with no publisher, which the copy never names (the sample was imported with `--publisher`).
 */
function seedArticle(day = TODAY): string {
  return readFileSync(SEED_ARTICLE, 'utf8')
    .replace(/^(published: .*\n)/m, `$1archived: ${day}\n`)
    .replace(/^publisher: .*\n/m, '');
}

let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-import-'));
  out = join(dir, 'out');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin = '', clock = now) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runImport(args, {
    cwd: dir,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    readStdin: async () => stdin,
    now: clock,
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('import command', () => {
  test('should write the seed article as shipped, archived today, and summarise it', async () => {
    const result = await run([SEED_RAW, '--out', 'out']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(join(out, `${SEED_SLUG}.md`), 'utf8')).toBe(seedArticle());
    expect(result.stdout).toBe(
      [
        `${SEED_RAW} → out/${SEED_SLUG}.md: written`,
        '  headline: Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia · byline: AFP · ' +
          'date: 2025-07-01 · source: <https://www.themoscowtimes.com/2025/07/01/' +
          `${SEED_SLUG}> · image: (lost) (KCNA) · related: 1`,
        '1 written, 0 unchanged, 0 failed',
      ].join('\n'),
    );
  });

  test('should report "unchanged" and leave the bytes alone on re-import', async () => {
    await run([SEED_RAW, '--out', 'out']);
    const first = readFileSync(join(out, `${SEED_SLUG}.md`));
    const again = await run([SEED_RAW, '--out', 'out']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`out/${SEED_SLUG}.md: unchanged`);
    expect(again.stdout).toContain('0 written, 1 unchanged, 0 failed');
    expect(readFileSync(join(out, `${SEED_SLUG}.md`)).equals(first)).toBe(true);
  });

  test('should refuse to overwrite a differing file unless --force', async () => {
    await run([SEED_RAW, '--out', 'out']);
    const target = join(out, `${SEED_SLUG}.md`);
    writeFileSync(target, 'edited by hand\n');
    const refused = await run([SEED_RAW, '--out', 'out']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${SEED_RAW}: failed: out/${SEED_SLUG}.md already exists and differs: use --force to overwrite`,
    );
    expect(readFileSync(target, 'utf8')).toBe('edited by hand\n');

    const forced = await run([SEED_RAW, '--out', 'out', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(seedArticle());
  });

  test.each([
    ['a dangling link', false, false],
    ['a link to a file', true, false],
    ['a link to a file, with --force', true, true],
  ])('should never write through a symbolic link in --out: %s', async (_name, targetExists, force) => {
    mkdirSync(out, { recursive: true });
    const outside = join(dir, 'outside.txt');
    if (targetExists) writeFileSync(outside, 'not ours\n');
    symlinkSync(outside, join(out, `${SEED_SLUG}.md`));
    const result = await run([SEED_RAW, '--out', 'out', ...(force ? ['--force'] : [])]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${SEED_RAW}: failed: out/${SEED_SLUG}.md is a symbolic link: the importer never writes through one (remove it first)`,
    );
    expect(targetExists ? readFileSync(outside, 'utf8') : existsSync(outside)).toBe(
      targetExists ? 'not ours\n' : false,
    );
  });

  test('should never write into a folder that is a symbolic link', async () => {
    cpSync(join(fixtures, 'html-json-ld-figure'), join(dir, 'saved'), { recursive: true });
    mkdirSync(out, { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(out, 'ferry-services-resume-after-storm-a1234'));
    const result = await run(['saved/page.html', '--out', 'out']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'saved/page.html: failed: out/ferry-services-resume-after-storm-a1234 is a symbolic link: the importer never writes through one (remove it first)',
    );
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });

  test('should import the others when one input fails, and exit non-zero', async () => {
    const noSource = join(fixtures, 'refused-no-source/raw.md');
    const result = await run([join(dir, 'missing.md'), noSource, SEED_RAW, '--out', 'out']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `${join(dir, 'missing.md')}: failed: no such file`,
      `${noSource}: failed: source: the copy states no original address`,
      '  seen headline: "Bridge Reopens After Two Years of Repairs", line 1',
      '  seen address: none',
      `  to finish: npm run import -- ${noSource} --out out --source 'https://…'`,
    ]);
    expect(result.stdout).toContain('1 written, 0 unchanged, 2 failed');
    expect(readdirSync(out)).toEqual([`${SEED_SLUG}.md`]);
  });

  test('should refuse what the schema rejects, naming the input and the field', async () => {
    const bad = join(dir, 'bad.md');
    writeFileSync(
      bad,
      readFileSync(SEED_RAW, 'utf8').replace(
        '<https://www.themoscowtimes.com',
        '<ftp://www.themoscowtimes.com',
      ),
    );
    const result = await run(['bad.md', '--out', 'out']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'bad.md: failed: the site would reject this article:',
        'bad.md: source: must be an absolute http:// or https:// URL',
      ].join('\n'),
    );
    expect(existsSync(out)).toBe(false);
  });

  test('should write nothing with --dry-run', async () => {
    const result = await run([SEED_RAW, '--out', 'out', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`out/${SEED_SLUG}.md: would write`);
    expect(result.stdout).toContain('1 would write, 0 unchanged, 0 failed');
    expect(existsSync(out)).toBe(false);
  });

  test('should read - from standard input', async () => {
    const result = await run(['-', '--out', 'out'], readFileSync(SEED_RAW, 'utf8'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`stdin → out/${SEED_SLUG}.md: written`);
    expect(readFileSync(join(out, `${SEED_SLUG}.md`), 'utf8')).toBe(seedArticle());
  });

  test('should take --publisher and --lang over the copy and the detector', async () => {
    await run([SEED_RAW, '--out', 'out', '--publisher', 'Example Wire', '--lang', 'EN-gb']);
    const text = readFileSync(join(out, `${SEED_SLUG}.md`), 'utf8');
    expect(text).toContain('\npublisher: Example Wire\n');
    expect(text).toContain('\nlang: en-GB\n');
  });

  test('should copy the lead image of a saved page beside the article', async () => {
    cpSync(join(fixtures, 'html-json-ld-figure'), join(dir, 'saved'), { recursive: true });
    const result = await run(['saved/page.html', '--out', 'out']);
    const slug = 'ferry-services-resume-after-storm-a1234';
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`saved/page.html → out/${slug}/index.md: written`);
    expect(result.stdout).toContain('image: ./ceremony-photo.jpg (Lars Berg / Harbour Gazette)');
    expect(readdirSync(join(out, slug)).sort()).toEqual(['ceremony-photo.jpg', 'index.md']);
    expect(readFileSync(join(out, slug, 'index.md'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'html-json-ld-figure/expected.md'), 'utf8').replace(
        /^(updated: .*\n)/m,
        `$1archived: ${TODAY}\n`,
      ),
    );
    expect(
      readFileSync(join(out, slug, 'ceremony-photo.jpg')).equals(
        readFileSync(join(dir, 'saved/page_files/Ceremony Photo.jpg')),
      ),
    ).toBe(true);

    const again = await run(['saved/page.html', '--out', 'out']);
    expect(again.stdout).toContain(`out/${slug}/index.md: unchanged`);

    // A lost copy of the picture is put back; the unchanged article is no reason to refuse.
    rmSync(join(out, slug, 'ceremony-photo.jpg'));
    const restored = await run(['saved/page.html', '--out', 'out']);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`out/${slug}/index.md: written`);
    expect(readdirSync(join(out, slug)).sort()).toEqual(['ceremony-photo.jpg', 'index.md']);
  });

  test.each([
    ['outside the page folder', '../secret.jpg'],
    ['not an image', 'page_files/notes.jpg'],
  ])('should not copy a lead image %s', async (_what, src) => {
    cpSync(join(fixtures, 'html-json-ld-figure'), join(dir, 'saved'), { recursive: true });
    cpSync(join(dir, 'saved/page_files/Ceremony Photo.jpg'), join(dir, 'secret.jpg'));
    writeFileSync(join(dir, 'saved/page_files/notes.jpg'), 'not a picture');
    const html = readFileSync(join(dir, 'saved/page.html'), 'utf8').replace(
      'page_files/Ceremony%20Photo.jpg',
      src,
    );
    writeFileSync(join(dir, 'saved/page.html'), html);
    const result = await run(['saved/page.html', '--out', 'out']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `  warning: lead image "${src}" was not saved next to the page as an image: kept its caption and credit only`,
    );
    expect(readdirSync(out)).toEqual(['ferry-services-resume-after-storm-a1234.md']);
  });

  test('should copy the pictures a raw copy names beside it, lead photo into image', async () => {
    cpSync(join(fixtures, 'raw-local-photos'), join(dir, 'copy'), { recursive: true });
    const result = await run(['copy/raw.md', '--out', 'out']);
    const slug = 'new-trams-enter-service-t10';
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`copy/raw.md → out/${slug}/index.md: written`);
    expect(result.stdout).toContain('image: ./tram-t10.jpg (City Transport)');
    expect(readdirSync(join(out, slug), { recursive: true }).sort()).toEqual([
      'index.md',
      'photos',
      'photos/depot yard.png',
      'tram-t10.jpg',
    ]);
    for (const name of ['tram-t10.jpg', 'photos/depot yard.png']) {
      expect(readFileSync(join(out, slug, name)).equals(readFileSync(join(dir, 'copy', name)))).toBe(true);
    }
    expect(readFileSync(join(out, slug, 'index.md'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'raw-local-photos/expected.md'), 'utf8').replace(
        /^(published: .*\n)/m,
        `$1archived: ${TODAY}\n`,
      ),
    );

    const again = await run(['copy/raw.md', '--out', 'out']);
    expect(again.stdout).toContain(`out/${slug}/index.md: unchanged`);
    expect(again.stdout).toContain('0 written, 1 unchanged, 0 failed');

    // A picture lost from the article's folder is put back.
    rmSync(join(out, slug, 'photos'), { recursive: true });
    const restored = await run(['copy/raw.md', '--out', 'out']);
    expect(restored.stdout).toContain(`out/${slug}/index.md: written`);
    expect(existsSync(join(out, slug, 'photos/depot yard.png'))).toBe(true);

    // A picture that changed beside the copy replaces the article's only with --force.
    cpSync(join(dir, 'copy/photos/depot yard.png'), join(dir, 'copy/tram-t10.jpg'));
    const changed = await run(['copy/raw.md', '--out', 'out']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toBe(
      `copy/raw.md: failed: out/${slug}/tram-t10.jpg already exists and differs: use --force to overwrite`,
    );
    expect((await run(['copy/raw.md', '--out', 'out', '--force'])).code).toBe(0);
    expect(
      readFileSync(join(out, slug, 'tram-t10.jpg')).equals(readFileSync(join(dir, 'copy/tram-t10.jpg'))),
    ).toBe(true);
  });

  test('should refuse a raw copy whose pictures are missing, naming each, and write nothing', async () => {
    cpSync(join(fixtures, 'raw-local-photo-missing'), join(dir, 'copy'), { recursive: true });
    const result = await run(['copy/raw.md', '--out', 'out']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'copy/raw.md: failed: the pictures it names must be image files beside it:',
      '  image "./tram-t10.jpg": no such file: copy/tram-t10.jpg',
      '  image "./depot.jpg": has no alt text: describe the picture in ![…](…)',
      '  image "./depot.jpg": no such file: copy/depot.jpg',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    ['a path out of its folder', '../../etc/passwd', "is outside the copy's folder"],
    ['a file that is a link', 'link.jpg', 'copy/link.jpg is a symbolic link: the importer never follows one'],
    [
      'a folder that is a link',
      'linked/photo.jpg',
      'copy/linked is a symbolic link: the importer never follows one',
    ],
    ['a file that is no picture', 'fake.jpg', 'is not a picture the site can show'],
    [
      'a picture larger than the site takes',
      'bomb.png',
      'is 30000×30000 pixels, more than the 100-megapixel limit: make it smaller',
    ],
    [
      'a picture whose header cannot be read',
      'page.jpg',
      'starts like a JPEG image but its header cannot be read',
    ],
  ])('should never read %s beside a raw copy', async (_what, src, problem) => {
    cpSync(join(fixtures, 'raw-local-photos'), join(dir, 'copy'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    cpSync(join(dir, 'copy/tram-t10.jpg'), join(dir, 'elsewhere/photo.jpg'));
    symlinkSync(join(dir, 'elsewhere/photo.jpg'), join(dir, 'copy/link.jpg'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'copy/linked'));
    writeFileSync(join(dir, 'copy/fake.jpg'), 'secret text, never to be printed');
    writeFileSync(join(dir, 'copy/bomb.png'), declaredPng(30_000, 30_000));
    writeFileSync(join(dir, 'copy/page.jpg'), disguisedJpeg('secret page'));
    const copy = readFileSync(join(dir, 'copy/raw.md'), 'utf8').replace('<photos/depot yard.png>', src);
    writeFileSync(join(dir, 'copy/raw.md'), copy);
    const result = await run(['copy/raw.md', '--out', 'out']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`  image "${src}": `);
    expect(result.stderr).toContain(problem);
    expect(result.stderr).not.toContain('secret');
    expect(existsSync(out)).toBe(false);
  });

  test('should refuse a raw copy from standard input that names pictures beside it', async () => {
    const copy = readFileSync(join(fixtures, 'raw-local-photos/raw.md'), 'utf8');
    const result = await run(['-', '--out', 'out'], copy);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '  image "./tram-t10.jpg": a copy read from standard input has no folder to take it from: import the file',
    );
  });

  test('should refuse a second file for a slug that is already a folder', async () => {
    cpSync(join(fixtures, 'html-json-ld-figure'), join(dir, 'saved'), { recursive: true });
    await run(['saved/page.html', '--out', 'out']);
    rmSync(join(dir, 'saved/page_files'), { recursive: true });
    const result = await run(['saved/page.html', '--out', 'out']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'saved/page.html: failed: out/ferry-services-resume-after-storm-a1234/index.md already has the slug "ferry-services-resume-after-storm-a1234": remove it first',
    );
  });

  test('should print warnings for lines it kept but could not classify', async () => {
    const result = await run([join(fixtures, 'unclassified-line/raw.md'), '--out', 'out']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  warning: line 9: kept in the body, not a byline, date or credit: "Listen to this article"',
    );
  });

  test.each([
    [[], 2, 'import: no input files'],
    [
      ['a.md', '--lang', 'not a tag'],
      2,
      'import: --lang not a tag: not a BCP 47 language tag (en, ru, ar, pt-BR...)',
    ],
    [['a.md', '--frobnicate'], 2, "import: Unknown option '--frobnicate'"],
  ])('should explain a usage error: %j', async (args, code, message) => {
    const result = await run(args);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.stderr).toContain('Usage: npm run import');
  });

  test('should print the usage with --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run import');
  });
});

describe('the day a copy was archived', () => {
  test('should stamp a first import with the day, and keep that day on a later re-import', async () => {
    await run([SEED_RAW, '--out', 'out']);
    const file = join(out, `${SEED_SLUG}.md`);
    expect(readFileSync(file, 'utf8')).toContain(`\narchived: ${TODAY}\n`);
    const later = await run([SEED_RAW, '--out', 'out'], '', () => new Date(2027, 0, 20, 8, 0));
    expect(later.code).toBe(0);
    expect(later.stdout).toContain(`out/${SEED_SLUG}.md: unchanged`);
    expect(readFileSync(file, 'utf8')).toBe(seedArticle());
  });

  test('should leave a file imported before archived days were stamped unchanged', async () => {
    await run([SEED_RAW, '--out', 'out']);
    const file = join(out, `${SEED_SLUG}.md`);
    const unstamped = seedArticle().replace(/^archived: .*\n/m, '');
    writeFileSync(file, unstamped);
    const again = await run([SEED_RAW, '--out', 'out']);
    expect(again.stdout).toContain(`out/${SEED_SLUG}.md: unchanged`);
    expect(readFileSync(file, 'utf8')).toBe(unstamped);
  });

  test('should keep the day the copy itself records', async () => {
    const clipped = join(fixtures, 'clipper-frontmatter/raw.md');
    await run([clipped, '--out', 'out']);
    const [name] = readdirSync(out);
    expect(readFileSync(join(out, name ?? ''), 'utf8')).toContain('\narchived: 2026-10-03\n');
  });
});

describe('finishing what a copy lacks', () => {
  const noDate = join(fixtures, 'refused-no-date/raw.md');

  test('should list what it found and print the command that finishes the import', async () => {
    const refused = await run([noDate, '--out', 'out', '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n')).toEqual([
      `${noDate}: failed: published: the copy prints no publication date, and its address has no day in it`,
      '  seen headline: "Bridge Reopens After Two Years of Repairs", line 1',
      '  seen date: none',
      `  to finish: npm run import -- ${noDate} --out out --lang en --published YYYY-MM-DD`,
    ]);
    const finished = await run([noDate, '--out', 'out', '--lang', 'en', '--published', '4 Nov 2026']);
    expect(finished.code).toBe(0);
    expect(finished.stdout).toContain('date: 2026-11-04');
    expect(finished.stdout).toContain('  to check: published: from --published');
    expect(readFileSync(join(out, 'bridge-reopens.md'), 'utf8')).toContain('\npublished: 2026-11-04\n');
  });

  test('should use --source only where the copy states no address, and say which was used', async () => {
    const noSource = join(fixtures, 'refused-no-source/raw.md');
    const given = await run([noSource, '--out', 'out', '--source', 'https://news.example.com/bridge']);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('source: <https://news.example.com/bridge>');
    expect(given.stdout).toContain('  to check: source: from --source');

    const seed = await run([SEED_RAW, '--out', 'out', '--source', 'https://elsewhere.example/x']);
    expect(seed.code).toBe(0);
    expect(readFileSync(join(out, `${SEED_SLUG}.md`), 'utf8')).toBe(seedArticle());
    expect(seed.stdout).toContain(
      "  to check: source: the copy's own address is kept, not --source https://elsewhere.example/x",
    );
  });

  test.each([
    [
      ['a.md', '--source', 'news.example.com/a'],
      '--source news.example.com/a: not an absolute http:// or https:// address',
    ],
    [['a.md', '--published', 'last Tuesday'], '--published last Tuesday: not a date'],
  ])('should refuse a bad option value: %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain(message);
  });
});

describe('what the importer writes', () => {
  test("should pass the site loader's own checks of a content folder, images included", async () => {
    const inputs = readdirSync(fixtures)
      .filter((name) => existsSync(join(fixtures, name, 'expected.md')))
      .map((name) => {
        const folder = join(fixtures, name);
        return join(folder, existsSync(join(folder, 'page.html')) ? 'page.html' : 'raw.md');
      })
      // Two fixtures are versions of the seed; the loader rightly refuses two files with one slug.
      .filter((input) => !/date-time-local|credit-with-caption/.test(input));
    const articles = join(dir, 'content/articles');
    const result = await run([...inputs, '--out', articles]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { files, problems } = await validateArticles(articles, join(dir, 'content'), (entry) => entry);
    expect(problems).toEqual([]);
    expect(files.length).toBe(inputs.length);
    expect(files.map((f) => f.entry)).toContain('ferry-services-resume-after-storm-a1234/index.md');
  });
});

describe('scripts/import.ts', () => {
  test('should run as a command: output, files and exit code', () => {
    const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
    const child = spawnSync(
      process.execPath,
      [tsx, join(projectRoot, 'scripts/import.ts'), SEED_RAW, join(dir, 'nothing-here.md'), '--out', out],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(child.status).toBe(1);
    expect(child.stdout).toContain(`${SEED_SLUG}.md: written`);
    expect(child.stderr).toBe(`${join(dir, 'nothing-here.md')}: failed: no such file\n`);
    // Archived on the day it ran, which the test does not fix.
    const written = readFileSync(join(out, `${SEED_SLUG}.md`), 'utf8');
    const day = /^archived: (\d{4}-\d{2}-\d{2})$/m.exec(written)?.[1];
    expect(written).toBe(seedArticle(day));
  }, 30_000);
});
