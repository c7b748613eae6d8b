/** Runs Lighthouse (mobile settings, its defaults) on a URL in the same Chromium the tests use. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, executablePath } from './browser';
import { TIMEOUTS } from './timeouts';

export type Scores = Record<string, number | null>;

export interface Audit {
  scores: Scores;
  /** Titles of the audits that did not pass, per category, to explain a score below 1. */
  failures: string[];
}

export async function runLighthouse(url: string, categories: string[]): Promise<Audit> {
  const chrome = await launch({
    chromePath: await executablePath(),
    chromeFlags: [...CHROMIUM_FLAGS.filter((f) => f !== '--headless'), '--headless=new'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: categories,
      logLevel: 'error',
      // Its 45 s defaults would fail a page that loads slowly only because the machine is busy.
      maxWaitForLoad: TIMEOUTS.browser,
      maxWaitForFcp: TIMEOUTS.browser,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories: found, audits } = result.lhr;
    const scores: Scores = {};
    const failures: string[] = [];
    for (const [id, category] of Object.entries(found)) {
      scores[id] = category.score;
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          failures.push(`${id}: ${audit.title}`);
      }
    }
    return { scores, failures };
  } finally {
    chrome.kill();
  }
}
