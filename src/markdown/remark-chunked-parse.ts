/**
 * A very long body (a live blog of several MB) is parsed a part at a time, cut between top-level
 * blocks, and the parts' trees joined. micromark holds every token of what it parses until the
 * end, some 25 times the size of the tree it gives: parsing 0.5 MB of live blog took 0.43 GB at
 * once. Ordinary articles are parsed whole, as before.
 *
 * A part is cut only before a line at the left margin that follows a blank line and starts no
 * list item, outside fenced code and multi-line HTML blocks: there no block of the part before
 * can go on. Link reference definitions and footnotes apply across the whole body:
 * a part that uses labels defined in others is parsed again with stand-ins for those
 * definitions, which are then dropped; the joined tree holds the real ones.
 */
import type { Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import { CLOSED_BY_MARKER as KINDS } from './html-blocks';

/** Bodies up to this many characters are parsed whole. */
export const CHUNKED_ABOVE = 256 * 1024;
/** The size a part grows to before it is cut at the next place it can be. */
const PART_SIZE = 64 * 1024;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// After a blank line, what may still belong to the block before: indented lines and list items.
const CONTINUES = /^(?:[ \t]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

export interface Part {
  text: string;
  /** Lines and characters before the part in the body. */
  line: number;
  offset: number;
}

/** Cuts `markdown` into parts of about `size` characters or more, between top-level blocks. */
export function splitParts(markdown: string, size = PART_SIZE): Part[] {
  const parts: Part[] = [];
  // Per kind of HTML block, a position after which its closing marker never comes.
  const neverClosedAfter = KINDS.map(() => Infinity);
  const ends = KINDS.map(([, end]) => new RegExp(end.source, `${end.flags}g`));
  let start = 0;
  let startLine = 0;
  let line = 0;
  let fence: RegExp | undefined;
  let previousBlank = false;
  let position = 0;
  const lineEnd = (from: number) => {
    const newline = markdown.indexOf('\n', from);
    return newline === -1 ? markdown.length : newline + 1;
  };
  while (position < markdown.length) {
    let end = lineEnd(position);
    const text = markdown.slice(position, end);
    line++;
    if (fence !== undefined) {
      if (fence.test(text)) fence = undefined;
      position = end;
      continue;
    }
    const blank = text.trim() === '';
    if (!blank && previousBlank && !CONTINUES.test(text) && position - start >= size) {
      parts.push({ text: markdown.slice(start, position), line: startLine, offset: start });
      start = position;
      startLine = line - 1;
    }
    previousBlank = blank;
    const opened = FENCE.exec(text)?.[1];
    if (opened !== undefined) {
      fence = new RegExp(`^ {0,3}${opened[0] === '`' ? '`' : '~'}{${opened.length},}[ \\t]*\\r?\\n?$`);
    }
    const kind = opened === undefined ? KINDS.findIndex(([startsWith]) => startsWith.test(text)) : -1;
    const closing = ends[kind];
    if (closing !== undefined && position < (neverClosedAfter[kind] ?? Infinity)) {
      // A block closed on a later line is one block: no cut inside it. An unclosed one is its
      // first line only (./remark-unclosed-html.ts).
      closing.lastIndex = position + (KINDS[kind]?.[0].exec(text)?.[0].length ?? 0);
      const found = closing.exec(markdown);
      if (found === null) neverClosedAfter[kind] = position;
      else if (found.index >= end) {
        const closedAt = lineEnd(found.index);
        for (
          let i = markdown.indexOf('\n', end);
          i !== -1 && i < closedAt;
          i = markdown.indexOf('\n', i + 1)
        ) {
          line++;
        }
        end = closedAt;
      }
    }
    position = end;
  }
  parts.push({ text: markdown.slice(start), line: startLine, offset: start });
  return parts;
}

type Definable = Extract<RootContent, { type: 'definition' | 'footnoteDefinition' }>;
const isDefinable = (node: RootContent): node is Definable =>
  node.type === 'definition' || node.type === 'footnoteDefinition';

/** Every node of `tree`, without the cost unist-util-visit has per node (src/markdown/visit-elements.ts). */
function each(tree: Root, use: (node: Node) => void): void {
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    use(node);
    const { children } = node as { children?: Node[] };
    if (children) stack.push(...children);
  }
}

/** A stand-in definition of each label `tree` defines. */
function standInsOf(tree: Root): Set<string> {
  const labels = new Set<string>();
  each(tree, (node) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition')
      labels.add(standIn(node as Definable));
  });
  return labels;
}

const standIn = (node: Definable) =>
  node.type === 'definition'
    ? `[${node.label ?? node.identifier}]: #`
    : `[^${node.label ?? node.identifier}]: #`;

/** Moves the positions of a part's nodes to where the part sits in the body. */
function shift(tree: Root, part: Part): void {
  each(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (point === undefined) continue;
      point.line += part.line;
      if (point.offset !== undefined) point.offset += part.offset;
    }
  });
}

export interface Options {
  /** Bodies up to this many characters are parsed whole. */
  above?: number;
  /** The size a part grows to before it is cut. */
  partSize?: number;
}

export function remarkChunkedParse(this: Processor, options: Options = {}) {
  const { above = CHUNKED_ABOVE, partSize = PART_SIZE } = options;
  const parse = this.parser;
  if (parse === undefined) return;
  this.parser = (document, file) => {
    if (document.length <= above) return parse(document, file);
    const parts = splitParts(document, partSize);
    const trees = parts.map((part) => parse(part.text, file) as Root);
    const labels = trees.map(standInsOf);
    const all = new Set(labels.flatMap((set) => [...set]));
    const root: Root = { type: 'root', children: [] };
    parts.forEach((part, index) => {
      let tree = trees[index] as Root;
      const elsewhere = [...all].filter((label) => !labels[index]?.has(label));
      if (elsewhere.length > 0 && part.text.includes('[')) {
        // Stand-ins after a blank line, so that the part's references resolve; then dropped.
        tree = parse(`${part.text}\n\n${elsewhere.join('\n\n')}\n`, file) as Root;
        const standIns = new Set(elsewhere);
        tree.children = tree.children.filter(
          (node) =>
            !(
              isDefinable(node) &&
              (node.position?.start.offset ?? 0) >= part.text.length &&
              standIns.has(standIn(node))
            ),
        );
      }
      shift(tree, part);
      root.children.push(...tree.children);
    });
    const lines = document.split('\n');
    root.position = {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: document.length },
    };
    return root;
  };
}
