/**
 * Reads an article file: YAML frontmatter and Markdown body, for the site's loader and the
 * importer alike. YAML 1.2's core schema keeps `published: 2025-07-01T10:45:00` as the text
 * written, where Astro's default YAML 1.1 loader would turn it into an instant in UTC (and
 * `2025-13-01` into January 2026).
 *
 * Every problem is an error, warnings included (an unknown tag such as `!!js/function`), said
 * in words of our own (./yaml-problems.ts) with its line and column in the file: never the file's
 * text, which the yaml library's messages quote.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { ContentError } from './content-error';
import { isPlainName } from './field-names';
import { unclosedOpeners, yamlProblemKind, yamlValueProblem } from './yaml-problems';

export interface ArticleSource {
  data: Record<string, unknown>;
  body: string;
  /** The frontmatter block, without its `---` lines. */
  rawData: string;
  /** The line of the file the frontmatter block starts on (1-based). */
  dataLine: number;
}

const OPENING = /^---[ \t]*$/;
/** A field's name at the start of a line of YAML: `name:`. */
const FIELD = /^([^\s#:'"-][^:]*?)[ \t]*:(?:[ \t]|$)/;

interface Block {
  rawData: string;
  dataLine: number;
  body: string;
}

/** `text` as lines, without their line ends. */
function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}

/** What a line holds in place of a `---` line, in words (never its text), or `undefined`. */
function nearMiss(line: string): string | undefined {
  const trimmed = line.trim();
  if (/^-+$/.test(trimmed) && trimmed !== line) return 'has spaces around its ---, which must start the line';
  if (/^-+$/.test(trimmed)) return `has ${trimmed.length} hyphens where a --- line has three`;
  if (/^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+$/.test(trimmed)) {
    return 'has dashes that are not hyphens (– or —) where a --- line has three hyphens';
  }
  if (/^---/.test(trimmed)) return 'has more than --- on it, which must be alone on its line';
  return undefined;
}

/** What the file holds in place of the `---` line that opens frontmatter, in words. */
function foundInstead(lines: readonly string[]): string {
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = lines[first] ?? '';
  const blank = first > 0 ? `the file starts with ${first} blank line${first === 1 ? '' : 's'}, then ` : '';
  const where = `line ${first + 1}`;
  if (OPENING.test(line)) return `${blank}the --- line, which must be line 1`;
  const miss = nearMiss(line);
  if (miss) return `${blank}${where} ${miss}`;
  if (/^\+\+\+\s*$/.test(line))
    return `${blank}${where} is +++ (TOML): write the fields as YAML between --- lines`;
  if (FIELD.test(line)) return `${blank}${where} is a field with no --- line before it`;
  return `${blank}${where} is text, not a --- line`;
}

/** The lines of `text` up to the first after line 1 that `stop` accepts, with their offsets. */
function headLines(text: string, stop: (line: string) => boolean) {
  const lines: string[] = [];
  const starts: number[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    lines.push(line);
    starts.push(start);
    if (lines.length > 1 && stop(line)) return { lines, starts, next: end + 1 };
    if (newline === -1) break;
    start = newline + 1;
  }
  return { lines, starts, next: undefined };
}

/** The frontmatter block and the body of `contents`, or what is wrong (naming `shown`). */
function splitFile(contents: string, shown: string): Block {
  const text = contents.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new ContentError(
      `${shown}: title: is required: the file is empty (it must start with a --- line, its fields, and a --- line)`,
    );
  }
  const opened = OPENING.test(headLines(text, () => true).lines[0] ?? '');
  // Without an opening line, what the first lines hold says what went wrong.
  const { lines, starts, next } = headLines(text, (line) =>
    opened ? OPENING.test(line) : line.trim() !== '',
  );
  if (!opened) {
    throw new ContentError(
      `${shown}: no frontmatter: ${foundInstead(lines)} (the file must start with a --- line, its fields, and a --- line)`,
    );
  }
  if (next === undefined) {
    const miss = lines.findIndex((line, index) => index > 0 && nearMiss(line) !== undefined);
    const found = miss === -1 ? '' : `: line ${miss + 1} ${nearMiss(lines[miss] ?? '') ?? ''}`;
    throw new ContentError(
      `${shown}: no frontmatter: the --- line that opens it is never followed by another${found}`,
    );
  }
  return {
    rawData: text.slice(starts[1], starts[lines.length - 1]),
    dataLine: 2,
    body: text.slice(next).trim(),
  };
}

/** The top-level field a line of the frontmatter belongs to: the nearest `name:` at or above it. */
function fieldAt(lines: readonly string[], line: number): string | undefined {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const name = FIELD.exec(lines[index] ?? '')?.[1];
    if (name !== undefined) return name;
  }
  return undefined;
}

/** A field as a YAML problem names it: only a plain name, never a line of text read as one. */
const shownField = (name: string | undefined) =>
  name !== undefined && isPlainName(name) ? name : '(frontmatter)';

/**
 * Where a value that is never closed opens: the last field at or above `line` whose value
 * starts with one of `openers` (a quote, `[` or `{`).
 */
function openingOf(
  lines: readonly string[],
  line: number,
  openers: string,
): { line: number; col: number } | undefined {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const text = lines[index] ?? '';
    const field = FIELD.exec(text);
    if (!field) continue;
    const col = field[0].length + (/^[ \t]*/.exec(text.slice(field[0].length))?.[0].length ?? 0);
    if (openers.includes(text[col] ?? '\n')) return { line: index + 1, col: col + 1 };
  }
  return undefined;
}

/**
 * Parses a frontmatter block's YAML, or throws every problem in it as a line of its own,
 * `shown: field: what is wrong (line L, column C)`, with lines counted in the file, whose line
 * `dataLine` is the block's first. Shared by the site and the importer's reading of raw copies.
 */
export function readYaml(rawData: string, shown: string, dataLine: number): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(rawData, {
    schema: 'core',
    lineCounter,
    // The library's warnings are ours to report: never printed by it, never with the text.
    logLevel: 'error',
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lines = linesOf(rawData);
  const problems = [...doc.errors, ...doc.warnings].map((error) => {
    let { line, col } = lineCounter.linePos(error.pos[0]);
    // The library finds an unclosed quote or bracket where the block ends: say where it opened.
    const openers = unclosedOpeners(error);
    if (openers) ({ line, col } = openingOf(lines, line, openers) ?? { line, col });
    const field = fieldAt(lines, line);
    let kind = yamlProblemKind(error, lines[line - 1] ?? '', col, shownField(field));
    if (error.code === 'DUPLICATE_KEY') {
      const first = lines.findIndex((text) => FIELD.exec(text)?.[1] === field);
      if (first !== -1 && first + 1 < line) {
        kind = `the field is given more than once (first on line ${first + dataLine}): keep one`;
      }
    }
    return `${shown}: ${shownField(field)}: ${kind} (line ${line + dataLine - 1}, column ${col})`;
  });
  if (problems.length > 0) throw new ContentError(problems);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = lineCounter.linePos(offset);
    const where = `line ${line + dataLine - 1}, column ${col}`;
    throw new ContentError(
      `${shown}: ${shownField(fieldAt(lines, line))}: ${yamlValueProblem(error as Error)} (${where})`,
    );
  }
  return data;
}

/** Parses `block`'s fields, or throws every problem in it, placed in the file. */
function parseBlock({ rawData, dataLine }: Block, shown: string): Record<string, unknown> {
  const data = readYaml(rawData, shown, dataLine);
  // An empty block has no fields: the schema says which are missing.
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(
      `${shown}: (frontmatter): must be fields, one a line (name: value), not a list or a text (line ${dataLine})`,
    );
  }
  return data as Record<string, unknown>;
}

/** Splits and parses an article file; `shown` names the file in error messages. */
export function parseArticleSource(contents: string, shown: string): ArticleSource {
  const block = splitFile(contents, shown);
  return {
    data: parseBlock(block, shown),
    body: block.body,
    rawData: block.rawData,
    dataLine: block.dataLine,
  };
}

/**
 * The line in the file of the field at `path` (`['image', 'alt']`, `['related', 0, 'title']`),
 * or of the deepest part of it the frontmatter has. Parses the block again: only files with
 * problems need it.
 */
export function fieldLine(source: Pick<ArticleSource, 'rawData' | 'dataLine'>, path: readonly PropertyKey[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.rawData, { schema: 'core', lineCounter, logLevel: 'silent' });
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      const range = (node as { range?: [number, number] } | undefined)?.range;
      if (range) offset = range[0];
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line + source.dataLine - 1;
}
