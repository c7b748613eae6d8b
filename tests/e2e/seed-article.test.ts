import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { projectRoot } from '../support/build';
import { siteDir } from '../support/sites';
import { serveStatic, type StaticServer } from '../support/server';

const SLUG = 'kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626';
const SOURCE = `https://www.themoscowtimes.com/2025/07/01/${SLUG}`;

// Every paragraph of the body, as the raw copy has it.
const seedParagraphs = readFileSync(join(projectRoot, 'tests/fixtures/seed/raw.md'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 40 && /^[A-Z]/.test(p) && !p.startsWith('Original url'));

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(siteDir('main'));
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}articles/${SLUG}/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the seed article page', () => {
  test('shows the headline as the only h1', async () => {
    await expect(page.locator('h1').allTextContents()).resolves.toEqual([
      'Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia',
    ]);
  });

  test('shows the byline as text, not a link', async () => {
    const byline = page.locator('.byline');
    await expect(byline.textContent()).resolves.toBe('By AFP');
    await expect(byline.locator('a').count()).resolves.toBe(0);
  });

  test('shows the date for people, with the exact date for machines', async () => {
    const time = page.locator('.article-header time').first();
    await expect(time.textContent()).resolves.toBe('July 1, 2025');
    await expect(time.getAttribute('datetime')).resolves.toBe('2025-07-01');
  });

  test('keeps the credit of the lost photo in the provenance block, without an empty image', async () => {
    await expect(page.locator('.provenance .lost-photo').textContent()).resolves.toContain('KCNA');
    await expect(page.locator('figure').count()).resolves.toBe(0);
  });

  test('links the original article in the provenance block', async () => {
    const link = page.locator('.provenance a[href]');
    await expect(link.getAttribute('href')).resolves.toBe(SOURCE);
    await expect(page.locator('.provenance').textContent()).resolves.toContain('The Moscow Times');
  });

  test('shows every paragraph of the copy', async () => {
    const body = (await page.locator('.article-body').textContent()) ?? '';
    expect(seedParagraphs.length).toBe(11);
    for (const paragraph of seedParagraphs) expect(body).toContain(paragraph);
  });

  test('ships no JavaScript', async () => {
    await expect(page.locator('script').count()).resolves.toBe(0);
  });
});
