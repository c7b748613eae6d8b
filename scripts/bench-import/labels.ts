/**
 * Labels we made by hand for benchmark pages, from what each page shows a reader (never from our
 * importer's output): `labels/<corpus>.json`, keyed by the corpus's page key. Each names the
 * headline as printed, the byline as printed without "By" (`null` when the page prints none) with
 * other accepted forms, the publication date as printed and its ISO 8601 reading (`iso` is `null`
 * when the page gives none; `isoAlso` when the page prints two candidates), and the language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export interface PageLabel {
  headline: string;
  byline: string | null;
  bylineAlso?: string[];
  published: { printed: string | null; iso: string | null; isoAlso?: string[] };
  lang: string;
}

const FOLDER = fileURLToPath(new URL('labels', import.meta.url));

/** Every label we keep, from every file in `labels/` (or `folder`), by page key. */
export function readLabels(folder = FOLDER): Map<string, PageLabel> {
  const labels = new Map<string, PageLabel>();
  if (!existsSync(folder)) return labels;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, PageLabel>;
    for (const [key, label] of Object.entries(data)) labels.set(key, label);
  }
  return labels;
}
