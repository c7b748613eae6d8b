/**
 * Hostile and unlucky content that must stop a real build: every file is named with its field,
 * in one list, nothing of the files is printed, and nothing is written. Then the hostile fixture
 * site with a site address, so that share cards are drawn for its hostile titles too.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { groupSlug } from '../../src/lib/finding/groups';
import { buildSite, type BuildResult, projectRoot } from '../support/build';
import { declaredPng, disguisedJpeg } from '../support/hostile-images';
import { outputRoot } from '../support/sites';

const work = join(outputRoot, 'hostile-errors');
const content = join(work, 'content');
const articles = join(content, 'articles');
const outDir = join(work, 'dist');

/** Every file holds this marker; no line of the build's output may. */
const SECRET = 'SECRET-CONTENT';

const frontmatter = (fields = '') =>
  `---\ntitle: A headline\nsource: https://example.com/a\npublished: 2025-07-01\n${fields}---\n\n`;

/** File → its body or whole text, and the problem the build must report for it. */
const VECTORS: Array<[string, string, string]> = [
  ['empty-body.md', frontmatter(`dek: ${SECRET}\n`), 'body: shows no text'],
  ['script-only.md', `${frontmatter()}<script>var s = "${SECRET}";</script>\n`, 'body: shows no text'],
  [
    'style-only.md',
    `${frontmatter()}<style>p { color: red } /* ${SECRET} */</style>\n`,
    'body: shows no text',
  ],
  ['svg-only.md', `${frontmatter()}<svg><text>${SECRET}</text></svg>\n`, 'body: shows no text'],
  ['comment-only.md', `${frontmatter()}<!-- ${SECRET} -->\n`, 'body: shows no text'],
  ['zero-width-body.md', `${frontmatter(`dek: ${SECRET}\n`)}\u200b\u200d\u2060\n`, 'body: shows no text'],
  [
    'zero-width-title.md',
    `---\ntitle: "\\u200b\\u200d\\ufeff"\nsource: https://example.com/a\npublished: 2025-07-01\n---\n\n${SECRET}\n`,
    'title: has no visible character',
  ],
  [
    'control-publisher.md',
    `${frontmatter('publisher: "\\x01\\x02\\e"\n')}${SECRET}\n`,
    'publisher: must not be empty',
  ],
  [
    'invisible-tag.md',
    `${frontmatter('tags: ["\\u2060\\u00ad"]\n')}${SECRET}\n`,
    'tags.0: has no visible character',
  ],
  [
    'disguised-photo/index.md',
    `${frontmatter('image:\n  src: ./photo.jpg\n  alt: A photo\n')}${SECRET}\n`,
    'image.src starts like a JPEG image but its header cannot be read',
  ],
  [
    'bomb-photo/index.md',
    `${frontmatter('image:\n  src: ./bomb.png\n  alt: A photo\n')}${SECRET}\n`,
    'image.src is 30000×30000 pixels, more than the 100-megapixel limit',
  ],
  [
    'bomb-in-body/index.md',
    `${frontmatter()}${SECRET}\n\n![A chart](./bomb.png)\n`,
    'body image "./bomb.png" is 30000×30000 pixels',
  ],
];

let failed: BuildResult;

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  for (const [name, text] of VECTORS) {
    await mkdir(join(articles, name, '..'), { recursive: true });
    await writeFile(join(articles, name), text);
  }
  await writeFile(join(articles, 'disguised-photo/photo.jpg'), disguisedJpeg(SECRET));
  await writeFile(join(articles, 'bomb-photo/bomb.png'), declaredPng(30_000, 30_000));
  await writeFile(join(articles, 'bomb-in-body/bomb.png'), declaredPng(30_000, 30_000));
  // One good article, so that the site has something to build.
  await writeFile(join(articles, 'fine.md'), `${frontmatter()}A real paragraph.\n`);
  failed = await buildSite({
    content: relative(projectRoot, content),
    outDir,
    env: { BROADSHEET_CACHE: join(work, 'cache') },
  });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('content that must stop the build', () => {
  test('should fail the build and write nothing', () => {
    expect(failed.code).not.toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test.each(VECTORS.map(([name, , problem]) => [name, problem]))(
    'should name %s and the field: %s',
    (name, problem) => {
      const file = relative(projectRoot, join(articles, name));
      expect(failed.output).toContain(`${file}: ${problem}`);
    },
  );

  test('should report them all in one list, printing nothing of any file', () => {
    expect(failed.output).toContain(`Invalid content (${VECTORS.length} problems)`);
    expect(failed.output).not.toContain(SECRET);
    expect(failed.output).not.toContain('fine.md');
  });
});

describe('the hostile site with a site address', () => {
  const siteOut = join(work, 'hostile-site');
  let built: BuildResult;

  beforeAll(async () => {
    built = await buildSite({
      content: 'tests/fixtures/sites/hostile',
      outDir: siteOut,
      env: { BROADSHEET_CACHE: join(work, 'hostile-cache'), SITE_URL: 'https://example.org/news/' },
    });
  });

  test('should build, drawing a share card for every article, hostile titles included', async () => {
    expect(built.code, built.output).toBe(0);
    for (const slug of ['invisible-names', 'frontmatter', 'long-names', 'normalization']) {
      const meta = await sharp(join(siteOut, 'cards', `${slug}.jpg`)).metadata();
      expect([slug, meta.format, meta.width]).toEqual([slug, 'jpeg', 1200]);
    }
  });

  test('should name the new address as canonical on a page at an old one', async () => {
    const { readFile } = await import('node:fs/promises');
    const old = await readFile(join(siteOut, 'tags/交通/index.html'), 'utf8');
    expect(old).toContain(
      `<link rel="canonical" href="https://example.org/news/tags/${groupSlug('交通')}/">`,
    );
    const current = await readFile(join(siteOut, `tags/${groupSlug('交通')}/index.html`), 'utf8');
    expect(current).toContain(
      `<link rel="canonical" href="https://example.org/news/tags/${groupSlug('交通')}/">`,
    );
  });

  test('should keep every control character out of the feeds', async () => {
    const { readFile } = await import('node:fs/promises');
    const rss = await readFile(join(siteOut, 'rss.xml'), 'utf8');
    expect(rss).toContain('Control characters[31m in a title');
    expect(rss).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
