/**
 * Lines that open more nested blocks than any article needs (`- - - - …` or `> > > …` thousands
 * deep, or list items indented thousands of columns) are cut back BEFORE the Markdown is parsed:
 * the parser takes minutes on them (5000 nested list markers: over 7 minutes), and remark-gfm then
 * overflows the stack inside the parse, where no later plugin can help. The text is kept.
 */
import type { Processor } from 'unified';
import { MAX_DEPTH } from './remark-depth-limit';

// One container marker: a block quote `>`, or a list marker and its one to four spaces.
const MARKER = /[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]{1,4})/y;
// Two columns per level of a list nested by indentation.
const MAX_INDENT = MAX_DEPTH * 2;

/** One line with at most `MAX_DEPTH` container markers and `MAX_INDENT` columns of indent. */
function guardLine(line: string): string {
  MARKER.lastIndex = 0;
  let depth = 0;
  let kept = 0;
  let end = 0;
  while (MARKER.exec(line) !== null) {
    depth++;
    end = MARKER.lastIndex;
    if (depth === MAX_DEPTH) kept = end;
  }
  const indent = /^[ \t]*/.exec(line.slice(end, end + MAX_INDENT + 1))?.[0].length ?? 0;
  if (depth <= MAX_DEPTH && indent <= MAX_INDENT) return line;
  const markers = line.slice(0, depth > MAX_DEPTH ? kept : end);
  const rest = line.slice(end).replace(/^[ \t]*/, (spaces) => spaces.slice(0, MAX_INDENT));
  return markers + rest;
}

/** `markdown` with every line within the nesting limits; lines within them are untouched. */
export function guardNesting(markdown: string): string {
  return markdown.split('\n').map(guardLine).join('\n');
}

export function remarkNestingGuard(this: Processor) {
  const parse = this.parser;
  if (parse === undefined) return;
  this.parser = (document, file) => parse(guardNesting(document), file);
}
