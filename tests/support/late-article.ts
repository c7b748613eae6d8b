import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Adds `<slug>.md` to the reader fixture's copy in `content`: a brief dated after every other
 * article, as a person adds the day's news to an archive.
 */
export async function addLateArticle(content: string, slug: string): Promise<void> {
  const brief = await readFile(join(content, 'articles', 'brief-01.md'), 'utf8');
  await writeFile(
    join(content, 'articles', `${slug}.md`),
    brief
      .replace(/^title: .*$/m, 'title: "Harbour Notice No. 99: Added late"')
      .replace(/^published: .*$/m, 'published: 2026-03-01'),
  );
}
