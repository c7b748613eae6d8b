/**
 * `npm run bench:import -- --corpus <dir> [--set html|markdown] [--speed 1000] [--runs 3] [--no-verify]`
 *
 * Scores the importer's article bodies on a corpus in the article-extraction benchmark's layout
 * (ground-truth.json, html/, reference/) exactly as its evaluate.py does, beside every published
 * reference, for two sets made of the same pages: the saved HTML pages, and the same pages as a
 * reader service would save them as Markdown (made on the fly). Each set is scored end to end (a
 * refused page is an empty page; with no hint, with the ground-truth address as `source`, and with
 * a `published` day too, as a person finishing a refused import would give them) and for
 * extraction alone (the body read, whether or not the import would be refused). Then
 * evaluate.py itself is run on our predictions to show the scorers agree, field accuracy where
 * labels exist, and the time to import N saved pages. A benchmark, not a test: nothing is asserted.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Extractor } from '../src/importer/html/extract';
import { importInput, readDraft } from '../src/importer/import-input';
import { bodyText } from './bench-import/body-text';
import { readCorpus, readReferences, type CorpusPage } from './bench-import/corpus';
import { runEvaluatePy } from './bench-import/evaluate-py';
import { fieldReport, type ImportedPage } from './bench-import/fields';
import { readerCopy } from './bench-import/reader-copy';
import { score, type Scores } from './bench-import/shingles';
import { timeImport } from './bench-import/speed';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    // One set only (`html` or `markdown`), for a quicker run; both by default.
    set: { type: 'string' },
    speed: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    'no-verify': { type: 'boolean', default: false },
  },
});
if (values.corpus === undefined) {
  process.stderr.write(
    'usage: npm run bench:import -- --corpus <dir> [--set html|markdown] [--speed 1000] [--runs 3] [--no-verify]\n',
  );
  process.exit(2);
}
const corpusDir = resolve(process.env['INIT_CWD'] ?? process.cwd(), values.corpus);
const pages = readCorpus(corpusDir);
const references = readReferences(corpusDir);
const truth = new Map(pages.map((page) => [page.key, page.body]));

type Input = (page: CorpusPage) => { text: string; shown: string };
const allSets: { name: 'html' | 'markdown'; title: string; input: Input }[] = [
  {
    name: 'html',
    title: 'saved HTML pages',
    input: (page) => ({ text: page.html, shown: `${page.key}.html` }),
  },
  {
    name: 'markdown',
    title: 'reader-service Markdown copies of the same pages',
    input: (page) => ({ text: readerCopy(page.html, page.url), shown: `${page.key}.md` }),
  },
];
const sets = allSets.filter((set) => values.set === undefined || set.name === values.set);
if (sets.length === 0) {
  process.stderr.write(`--set: "${values.set}" is not a set; use html or markdown\n`);
  process.exit(2);
}

function extracted(text: string, shown: string, extractor?: Extractor): string {
  try {
    return bodyText(readDraft(text, shown, extractor === undefined ? {} : { extractor }).body);
  } catch {
    return '';
  }
}

function imported(text: string, shown: string, hints: Record<string, string>) {
  try {
    const article = importInput(text, shown, { ...hints });
    return { body: bodyText(article.body), frontmatter: article.frontmatter };
  } catch (error) {
    return { body: '', error: (error as Error).message };
  }
}

/** The day given as `--published` in the last end-to-end row: any day, as the body is scored. */
const GIVEN_DATE = '2020-01-01';

const fmt = (n: number) => n.toFixed(3);
const row = (name: string, s: Scores) =>
  `  ${name.padEnd(44)} ${fmt(s.f1)}   ${fmt(s.precision)}      ${fmt(s.recall)}`;
const header = `  ${''.padEnd(44)} F1      precision  recall`;

const ours = new Map<string, Map<string, string>>();
const lines: string[] = [];
for (const set of sets) {
  const started = performance.now();
  const extraction = new Map<string, string>();
  const plain = new Map<string, string>();
  const hinted = new Map<string, string>();
  const given = new Map<string, string>();
  const fields: ImportedPage[] = [];
  const fieldsGiven: ImportedPage[] = [];
  let refused = 0;
  let refusedHinted = 0;
  let refusedGiven = 0;
  for (const page of pages) {
    const { text, shown } = set.input(page);
    extraction.set(page.key, extracted(text, shown));
    const bare = imported(text, shown, {});
    plain.set(page.key, bare.body);
    if (bare.error !== undefined) refused++;
    const hints: Record<string, string> = page.url === undefined ? {} : { source: page.url };
    const withHints = imported(text, shown, hints);
    hinted.set(page.key, withHints.body);
    if (withHints.error !== undefined) refusedHinted++;
    // What a person finishing a refused import would type; what the copy states still wins.
    const finished = imported(text, shown, { ...hints, published: GIVEN_DATE });
    given.set(page.key, finished.body);
    if (finished.error !== undefined) refusedGiven++;
    fields.push({
      key: page.key,
      ...(page.url !== undefined && { url: page.url }),
      set: set.name,
      ...(withHints.frontmatter !== undefined && { frontmatter: withHints.frontmatter }),
      ...(withHints.error !== undefined && { error: withHints.error }),
    });
    fieldsGiven.push({
      key: page.key,
      set: set.name,
      ...(finished.frontmatter !== undefined && { frontmatter: finished.frontmatter }),
      ...(finished.error !== undefined && { error: finished.error }),
    });
  }
  const seconds = (performance.now() - started) / 1000;
  ours.set(`broadsheet_${set.name}_end_to_end`, plain);
  ours.set(`broadsheet_${set.name}_end_to_end_source`, hinted);
  ours.set(`broadsheet_${set.name}_end_to_end_source_published`, given);
  ours.set(`broadsheet_${set.name}_extraction`, extraction);
  lines.push(`\n${set.title} (${pages.length} pages, ${fmt(seconds)} s for four passes)`, header);
  lines.push(row(`broadsheet end to end, no hints (${refused} refused)`, score(truth, plain)));
  lines.push(row(`broadsheet end to end, --source (${refusedHinted} refused)`, score(truth, hinted)));
  lines.push(row(`  and --published (${refusedGiven} refused)`, score(truth, given)));
  lines.push(row('broadsheet extraction only', score(truth, extraction)));
  if (set.name === 'html') {
    // The extractors the importer can use, compared on the same pages (extraction only).
    // Interleaved page by page, so that a busy machine slows them alike.
    const extractors = ['readability', 'defuddle', 'combined'] as const;
    const bodies = new Map(extractors.map((e) => [e, new Map<string, string>()]));
    const ms = new Map(extractors.map((e) => [e, 0]));
    for (const page of pages) {
      for (const extractor of extractors) {
        const start = performance.now();
        bodies.get(extractor)?.set(page.key, extracted(page.html, `${page.key}.html`, extractor));
        ms.set(extractor, (ms.get(extractor) ?? 0) + performance.now() - start);
      }
    }
    for (const extractor of extractors) {
      const found = bodies.get(extractor) ?? new Map<string, string>();
      ours.set(`broadsheet_html_extraction_${extractor}`, found);
      const perPage = (ms.get(extractor) ?? 0) / pages.length;
      lines.push(row(`  extractor ${extractor} (${perPage.toFixed(0)} ms/page)`, score(truth, found)));
    }
  }
  for (const reference of references) {
    lines.push(
      row(
        `${reference.name}${reference.version ? ` ${reference.version}` : ''}`,
        score(truth, reference.bodies),
      ),
    );
  }
  const report = fieldReport(fields, corpusDir);
  if (report.length > 0) lines.push(`  fields (${set.name}):`, ...report.map((line) => `    ${line}`));
  // The same once a person gives the date a refusal asks for: the other fields of every page.
  const finishedReport = fieldReport(fieldsGiven, corpusDir, { given: ['date'], misses: false });
  if (finishedReport.length > 0) {
    lines.push(
      `  fields (${set.name}), with --published given too (the date not scored):`,
      ...finishedReport.map((line) => `    ${line}`),
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);

if (!values['no-verify']) {
  const checked = runEvaluatePy(corpusDir, ours);
  if (typeof checked === 'string') process.stdout.write(`\nevaluate.py: ${checked}\n`);
  else {
    const disagree = [...ours].filter(([name, bodies]) => {
      const theirs = checked.get(name);
      const mine = score(truth, bodies);
      return (
        theirs === undefined ||
        (['f1', 'precision', 'recall'] as const).some((k) => fmt(theirs[k]) !== fmt(mine[k]))
      );
    });
    process.stdout.write(
      disagree.length === 0
        ? `\nevaluate.py agrees to 3 decimals on all ${ours.size} of our prediction sets\n`
        : `\nevaluate.py DISAGREES on ${disagree.map(([name]) => name).join(', ')}\n`,
    );
  }
}

const count = Number(values.speed);
if (count > 0) {
  const runs = [];
  for (let i = 0; i < Number(values.runs); i++) runs.push(await timeImport(pages, count));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const seconds = median(runs.map((r) => r.seconds));
  const ratio = median(runs.map((r) => r.seconds / r.calibration));
  process.stdout.write(
    `\nimport speed: ${count} saved pages in ${seconds.toFixed(1)} s (median of ${runs.length}), ` +
      `${(count / seconds).toFixed(1)} pages/s, / calibration ${ratio.toFixed(1)}, ` +
      `${runs[0]?.failed ?? 0} refused\n`,
  );
}
