/**
 * A Markdown body without the blocks ./main-content.ts judges to be page chrome, and the
 * warnings that say what left. For bodies made by the importer (a saved page converted), whose
 * line numbers mean nothing to the person importing: the blocks are named by their text.
 */
import { describeChrome, findChrome } from './main-content';

export function dropChrome(markdown: string, title: string): { body: string; warnings: string[] } {
  const chrome = findChrome(markdown, title);
  if (chrome.length === 0) return { body: markdown, warnings: [] };
  const lines = markdown.split('\n');
  for (const block of chrome) lines.fill('', block.start - 1, block.end);
  const body = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { body, warnings: describeChrome(chrome) };
}
