/** `npm run preview` serves a built site under a chosen sub-path, with its 404 page for misses. */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build';
import { siteDir } from '../support/sites';

let child: ChildProcess;
let url: string;

beforeAll(async () => {
  child = spawn(
    process.execPath,
    ['scripts/preview.ts', '--base', '/user/repo', '--port', '0', '--dir', siteDir('deploy')],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  url = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout?.on('data', (data: Buffer) => {
      output += data.toString();
      const match = /at (http:\S+)/.exec(output);
      if (match?.[1]) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`preview exited with ${code}: ${output}`)));
  });
});

afterAll(() => {
  child?.kill();
});

describe('npm run preview', () => {
  test('should serve the site under the sub-path it was given', async () => {
    expect(new URL(url).pathname).toBe('/user/repo/');
    const home = await fetch(url);
    expect(home.status).toBe(200);
    await expect(home.text()).resolves.toContain('articles/first/index.html');
    const article = await fetch(new URL('articles/first/index.html', url));
    expect(article.status).toBe(200);
  });

  test('should answer a missing address under the sub-path with the 404 page', async () => {
    const missing = await fetch(new URL('no/such/page/', url));
    expect(missing.status).toBe(404);
    await expect(missing.text()).resolves.toContain('Page not found');
  });

  test('should not serve the site outside its sub-path', async () => {
    const outside = await fetch(new URL('/articles/first/index.html', url));
    expect(outside.status).toBe(404);
    await expect(outside.text()).resolves.toContain('served under /user/repo/');
  });
});
