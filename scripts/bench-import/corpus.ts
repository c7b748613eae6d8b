/**
 * A corpus in the article-extraction benchmark's layout: `ground-truth.json`
 * (`{ key: { articleBody, url } }`), `html/<key>.html.gz` (or `.html`) and `reference/<name>.json`
 * (other extractors' published predictions, `{ key: { articleBody } }` or `{ version, output }`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeInput } from '../../src/importer/charset';

export interface CorpusPage {
  key: string;
  /** The original address, from the ground truth. */
  url?: string;
  /** The ground-truth body. */
  body: string;
  /** The saved page as text. */
  html: string;
}

export interface Reference {
  name: string;
  version: string;
  bodies: Map<string, string>;
}

interface Entry {
  articleBody?: string;
  url?: string;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function pageHtml(dir: string, key: string): string {
  const gz = join(dir, 'html', `${key}.html.gz`);
  if (existsSync(gz)) return decodeInput(gunzipSync(readFileSync(gz)));
  return decodeInput(readFileSync(join(dir, 'html', `${key}.html`)));
}

export function readCorpus(dir: string): CorpusPage[] {
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<string, Entry>;
  return Object.entries(truth).map(([key, entry]) => ({
    key,
    ...(entry.url !== undefined && { url: entry.url }),
    body: entry.articleBody ?? '',
    html: pageHtml(dir, key),
  }));
}

export function readReferences(dir: string): Reference[] {
  const folder = join(dir, 'reference');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = readJson(join(folder, file)) as Record<string, unknown>;
      const wrapped = Object.keys(data).sort().join() === 'output,version';
      const output = (wrapped ? data['output'] : data) as Record<string, Entry>;
      const bodies = new Map(Object.entries(output).map(([key, e]) => [key, e.articleBody ?? '']));
      return { name: basename(file, '.json'), version: wrapped ? String(data['version'] ?? '') : '', bodies };
    });
}
