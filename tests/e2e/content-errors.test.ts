/**
 * Bad content stops a real build with a message naming the file and the field, and leaves what
 * was already built in place.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, projectRoot, runScript } from '../support/build';
import { outputRoot, siteDir } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const work = join(outputRoot, 'content-errors');
const content = join(work, 'content');
const articles = join(content, 'articles');
const outDir = join(work, 'dist');

async function write(path: string, text: string) {
  await mkdir(join(articles, path, '..'), { recursive: true });
  await writeFile(join(articles, path), text);
}

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(articles, { recursive: true });
  // A site that was built before the bad content arrived.
  await cp(siteDir('main'), outDir, { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('invalid frontmatter, duplicate slugs and bad image paths fail the build, by file and field', async () => {
  await write(
    'bad-fields.md',
    '---\ntitle: A headline\nsource: ftp://example.com/a\npublished: 2025-02-30\ncolour: red\n---\n\nBody.\n',
  );
  await write(
    'twice.md',
    '---\ntitle: A\nsource: https://example.com/a\npublished: 2025-07-01\n---\n\nBody.\n',
  );
  await write(
    'twice/index.md',
    '---\ntitle: A\nsource: https://example.com/a\npublished: 2025-07-01\n---\n\nBody.\n',
  );
  await write(
    'escape.md',
    '---\ntitle: A\nsource: https://example.com/a\npublished: 2025-07-01\nimage:\n  src: ../../../../package.json\n  alt: x\n---\n\nBody.\n',
  );

  const result = await buildSite({
    content: relative(projectRoot, content),
    outDir,
    env: { BROADSHEET_CACHE: join(work, 'cache') },
  });

  const file = (name: string) => relative(projectRoot, join(articles, name));
  expect(result.code).not.toBe(0);
  expect(result.output).toContain(
    `${file('bad-fields.md')}: source: must be an absolute http:// or https:// URL`,
  );
  expect(result.output).toContain(`${file('bad-fields.md')}: published: must be an ISO 8601 date`);
  expect(result.output).toContain(`${file('bad-fields.md')}: colour: unknown field`);
  expect(result.output).toContain(
    `duplicate slug "twice": ${file('twice.md')} and ${file('twice/index.md')}`,
  );
  expect(result.output).toContain(`${file('escape.md')}: image.src points outside content/`);
  // The image path's target is never quoted.
  expect(result.output).not.toContain('"name": "broadsheet"');
  // What was built before is still there.
  await expect(readFile(join(outDir, 'index.html'), 'utf8')).resolves.toContain('Broadsheet');
});

test('a bad file among many, whose bodies render on worker threads, fails the build just as clearly', async () => {
  const many = join(work, 'many');
  const manyArticles = join(many, 'articles');
  await mkdir(manyArticles, { recursive: true });
  // More than the loader renders in its own thread: bodies start on workers while files are checked.
  for (let i = 0; i < 24; i++) {
    await writeFile(
      join(manyArticles, `story-${i}.md`),
      `---\ntitle: Story ${i}\nsource: https://example.com/${i}\npublished: 2025-07-01\n---\n\nBody of story ${i}.\n`,
    );
  }
  await writeFile(
    join(manyArticles, 'story-bad.md'),
    '---\ntitle: Bad\nsource: https://example.com/bad\npublished: yesterday\n---\n\nBody.\n',
  );

  const result = await buildSite({
    content: relative(projectRoot, many),
    outDir,
    env: { BROADSHEET_CACHE: join(work, 'many-cache') },
  });

  expect(result.code).not.toBe(0);
  expect(result.output).toContain(
    `${relative(projectRoot, join(manyArticles, 'story-bad.md'))}: published: must be an ISO 8601 date`,
  );
  await expect(readFile(join(outDir, 'index.html'), 'utf8')).resolves.toContain('Broadsheet');
});

test(
  'YAML problems and a missing --- fail the build by file, field and line, quoting nothing, with no stack trace',
  { timeout: TIMEOUTS.build },
  async () => {
    const yaml = join(work, 'yaml');
    const yamlArticles = join(yaml, 'articles');
    await mkdir(yamlArticles, { recursive: true });
    const fields = 'source: https://example.com/a\npublished: 2025-07-01\n';
    const files: Record<string, string> = {
      'colon.md': `---\ntitle: Breaking: Heatwave SECRET-1\n${fields}---\n\nBody.\n`,
      'twice.md': `---\ntitle: One SECRET-2\n${fields}title: Two SECRET-3\n---\n\nBody.\n`,
      'tag.md': `---\ntitle: A\n${fields}fn: !!js/function "function () { SECRET-4 }"\nx: !<tag:yaml.org,2002:js/function> SECRET-5\n---\n\nBody.\n`,
      'long.md': `---\ntitle: A\n${fields}${'SECRET-6 '.repeat(150)}: x\n---\n\nBody.\n`,
      'dashes.md': `--\ntitle: A SECRET-7\n${fields}--\n\nBody.\n`,
      'typo.md': `---\ntitel: A SECRET-8\n${fields}---\n\nBody.\n`,
      'forged.md': `---\ntitle: A\n${fields}"x\\r\\n${relative(projectRoot, join(yamlArticles, 'ok.md'))}: title: is required": 1\n---\n\nBody.\n`,
      'empty.md': '',
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(yamlArticles, name), text);
    const file = (name: string) => relative(projectRoot, join(yamlArticles, name));
    const expected = [
      `${file('colon.md')}: title: the value holds ": ", which YAML reads as another field: put the whole value in quotes, as in title: "…" (line 2, column 8)`,
      `${file('twice.md')}: title: the field is given more than once (first on line 2): keep one (line 5, column 1)`,
      `${file('tag.md')}: fn: a YAML tag (such as !!js/function) the content format does not allow: remove it (line 5, column 5)`,
      `${file('tag.md')}: x: a YAML tag (such as !!js/function) the content format does not allow: remove it (line 6, column 4)`,
      `${file('long.md')}: (frontmatter): a line too long to be a field name`,
      `${file('dashes.md')}: no frontmatter: line 1 has 2 hyphens where a --- line has three`,
      `${file('typo.md')}: titel: unknown field (line 2): did you mean title?`,
      `${file('forged.md')}: "x\\u{D}\\u{A}`,
      `${file('empty.md')}: title: is required: the file is empty`,
    ];
    const env = {
      BROADSHEET_CONTENT: relative(projectRoot, yaml),
      BROADSHEET_CACHE: join(work, 'yaml-cache'),
    };
    // `npm run build`, as the README says, and `astro build`, which prints errors its own way.
    const results = [
      await runScript(join(projectRoot, 'scripts/build.ts'), ['--outDir', outDir], env),
      await buildSite({ content: env.BROADSHEET_CONTENT, outDir, env }),
    ];
    for (const result of results) {
      expect(result.code).not.toBe(0);
      for (const line of expected) expect(result.output).toContain(line);
      expect(result.output).not.toContain('SECRET');
      // A forged problem line never starts a line of the output.
      expect(result.output).not.toMatch(/^tests\S*ok\.md: title: is required/m);
      expect(result.output).not.toMatch(/Stack trace|Location:|^\s+at /m);
      expect(result.output).not.toMatch(/YAMLWarning|YAMLParseError/);
    }
    await expect(readFile(join(outDir, 'index.html'), 'utf8')).resolves.toContain('Broadsheet');
  },
);
