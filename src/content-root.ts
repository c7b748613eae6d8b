/**
 * Where content lives: `BROADSHEET_CONTENT` when set (the tests build fixture sites this way),
 * else `content/`, where a user's articles go. While `content/articles/` holds no article, the
 * site is built from the sample articles in `samples/`, so a fresh clone shows something and
 * the samples never mix with a user's own articles. Shared by the Astro config and the
 * collection.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const USER_CONTENT = 'content';
export const SAMPLE_CONTENT = 'samples';

/** Whether `articles/` under `content` holds an article file (a draft counts: it is the user's). */
export function hasArticles(content: string): boolean {
  const dir = join(content, 'articles');
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some(
    (entry) =>
      !entry.name.startsWith('.') &&
      ((entry.isFile() && entry.name.endsWith('.md')) ||
        (entry.isDirectory() && readdirSync(join(dir, entry.name)).includes('index.md'))),
  );
}

/** The content folder to build, relative to `root`. */
export function resolveContentRoot(env: Record<string, string | undefined>, root = '.'): string {
  const chosen = env['BROADSHEET_CONTENT'];
  if (chosen) return chosen;
  return hasArticles(join(root, USER_CONTENT)) ? USER_CONTENT : SAMPLE_CONTENT;
}

export const contentRoot = resolveContentRoot(process.env);
