/**
 * Field accuracy (headline, byline, date, language) against labels we keep for a corpus
 * (./labels.ts): a hook the bench calls once per set with every imported page. A refused page
 * misses every field. No labels for the corpus's pages, nothing printed.
 */
import type { Frontmatter } from '../../src/importer/finish';
import { sameByline, sameDay, sameHeadline, sameLanguage } from './field-match';
import { readLabels, type PageLabel } from './labels';

export interface ImportedPage {
  key: string;
  /** The original address, from the ground truth. */
  url?: string;
  set: 'html' | 'markdown';
  /** What the importer wrote, when it did not refuse the page. */
  frontmatter?: Frontmatter;
  /** Why the importer refused the page. */
  error?: string;
}

interface Field {
  name: string;
  /** Whether the label has something to compare this field with. */
  applies: (label: PageLabel) => boolean;
  right: (f: Frontmatter, label: PageLabel) => boolean;
  shown: (f: Frontmatter | undefined, label: PageLabel) => string;
}

const text = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(String(value)));

const FIELDS: Field[] = [
  {
    name: 'headline',
    applies: () => true,
    right: (f, label) => sameHeadline(f.title, label.headline),
    shown: (f, label) => `${text(f?.title)}, labelled ${JSON.stringify(label.headline)}`,
  },
  {
    name: 'byline',
    applies: () => true,
    right: (f, label) => sameByline(f.byline, label.byline, label.bylineAlso),
    shown: (f, label) =>
      `${text(f?.byline)}, labelled ${label.byline === null ? '(none)' : JSON.stringify(label.byline)}`,
  },
  {
    name: 'date',
    applies: (label) => label.published.iso !== null,
    right: (f, label) =>
      sameDay(
        f.published === undefined ? undefined : String(f.published),
        label.published.iso ?? '',
        label.published.isoAlso,
      ),
    shown: (f, label) =>
      `${text(f?.published)}, labelled ${label.published.iso ?? ''} (printed ${JSON.stringify(label.published.printed)})`,
  },
  {
    name: 'language',
    applies: () => true,
    right: (f, label) => sameLanguage(f.lang, label.lang),
    shown: (f, label) => `${f?.lang ?? (f ? 'en (no lang)' : '(none)')}, labelled ${label.lang}`,
  },
];

const percent = (right: number, all: number) => `${((100 * right) / Math.max(all, 1)).toFixed(1)}%`;

/**
 * Lines of the field report for one set: one line per field (but the `given` ones, which a hint
 * supplied), then each miss unless `misses` is false.
 */
export function fieldReport(
  pages: ImportedPage[],
  _corpusDir: string,
  options: { given?: string[]; misses?: boolean } = {},
): string[] {
  const labels = readLabels();
  const labelled = pages.flatMap((page) => {
    const label = labels.get(page.key);
    return label === undefined ? [] : [{ page, label }];
  });
  if (labelled.length === 0) return [];
  const refused = labelled.filter(({ page }) => page.frontmatter === undefined).length;
  const lines = [`${labelled.length} labelled pages (${refused} refused: they miss every field)`];
  const misses: string[] = [];
  for (const field of FIELDS.filter(({ name }) => !(options.given ?? []).includes(name))) {
    const counted = labelled.filter(({ label }) => field.applies(label));
    let right = 0;
    for (const { page, label } of counted) {
      if (page.frontmatter !== undefined && field.right(page.frontmatter, label)) right++;
      else
        misses.push(
          `${field.name} ${page.key.slice(0, 8)}: ${page.frontmatter ? field.shown(page.frontmatter, label) : `refused (${(page.error ?? '').split('\n').at(-1) ?? ''})`}`,
        );
    }
    lines.push(
      `${field.name.padEnd(9)} ${percent(right, counted.length).padStart(6)}  (${right} of ${counted.length})`,
    );
  }
  if (options.misses === false || misses.length === 0) return lines;
  return [...lines, 'misses:', ...misses.map((miss) => `  ${miss}`)];
}
