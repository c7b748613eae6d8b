/**
 * A fast scan of the start tags of a built page and their attributes, with source offsets. It
 * follows the HTML tokenizer where built pages need it (comments, doctype, end tags, quoted and
 * unquoted values, raw-text elements whose content is not markup), so text that merely looks
 * like a tag or an attribute is never taken for one. Parsing a whole tree per page (parse5)
 * cost ~3 ms a page; this reads each page once.
 */

export interface Attribute {
  /** Lowercased, as written (`xlink:href`). */
  name: string;
  /** The value as written, character references not decoded. */
  raw: string;
  /** Offset of the name, and so of the whole attribute. */
  nameStart: number;
  /** Offsets of the value, quotes included; both `end` when there is no value. */
  start: number;
  end: number;
}

export interface StartTag {
  name: string;
  /** First occurrence of each attribute, as browsers keep it. */
  attributes: Map<string, Attribute>;
}

// Elements whose content the tokenizer reads as text up to their end tag (scripting enabled).
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);
const SPACE = /[\t\n\f\r ]/;

/** Index of the first character at or after `from` that ends a name, or `html.length`. */
function nameEnd(html: string, from: number, stops: RegExp): number {
  let i = from;
  while (i < html.length && !stops.test(html.charAt(i))) i += 1;
  return i;
}

function skipSpace(html: string, from: number): number {
  let i = from;
  while (i < html.length && SPACE.test(html.charAt(i))) i += 1;
  return i;
}

/** Reads the start tag whose name begins at `from`; returns it and where the markup after it starts. */
function readTag(html: string, from: number): { tag: StartTag; next: number } {
  const end = nameEnd(html, from, /[\t\n\f\r />]/);
  const tag: StartTag = { name: html.slice(from, end).toLowerCase(), attributes: new Map() };
  let i = end;
  for (;;) {
    while (i < html.length && (SPACE.test(html.charAt(i)) || html.charAt(i) === '/')) i += 1;
    if (i >= html.length) return { tag, next: i };
    if (html.charAt(i) === '>') return { tag, next: i + 1 };
    // A name may start with "=" (a parse error browsers accept as part of the name).
    const nameStop = nameEnd(html, i + 1, /[\t\n\f\r />=]/);
    const name = html.slice(i, nameStop).toLowerCase();
    const nameStart = i;
    i = skipSpace(html, nameStop);
    let attribute: Attribute = { name, raw: '', nameStart, start: nameStop, end: nameStop };
    if (html.charAt(i) === '=') {
      i = skipSpace(html, i + 1);
      const quote = html.charAt(i);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close === -1 ? html.length : close + 1;
        const raw = html.slice(i + 1, close === -1 ? html.length : close);
        attribute = { name, raw, nameStart, start: i, end: stop };
        i = stop;
      } else {
        const stop = nameEnd(html, i, /[\t\n\f\r >]/);
        attribute = { name, raw: html.slice(i, stop), nameStart, start: i, end: stop };
        i = stop;
      }
    }
    if (!tag.attributes.has(name)) tag.attributes.set(name, attribute);
  }
}

/** Every start tag of `html`, in source order (`<template>` contents included). */
export function* startTags(html: string): Generator<StartTag> {
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) return;
    const next = html.charAt(open + 1);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      i = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?' || next === '/') {
      // Doctype, bogus comment or end tag: nothing to rewrite up to the next ">".
      const close = html.indexOf('>', open + 2);
      i = close === -1 ? html.length : close + 1;
    } else if (/[a-z]/i.test(next)) {
      const { tag, next: after } = readTag(html, open + 1);
      yield tag;
      i = after;
      if (RAW_TEXT.has(tag.name)) {
        // Case-insensitive, from here on: not a lowercased copy of the whole page per element.
        const close = new RegExp(`</${tag.name}`, 'gi');
        close.lastIndex = i;
        i = close.exec(html)?.index ?? html.length;
      }
    } else {
      i = open + 1;
    }
  }
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/**
 * Decodes the character references a serializer writes into attribute values, or returns
 * `undefined` for any other reference, which the caller must not guess at.
 */
export function decodeAttribute(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let unknown = false;
  const decoded = raw.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));?|&/gi, (all, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined && code > 0 && code <= 0x10ffff && all.endsWith(';')) {
      return String.fromCodePoint(code);
    }
    const named = name ? NAMED[String(name).toLowerCase()] : undefined;
    if (named && all.endsWith(';')) return named;
    if (all !== '&') unknown = true;
    return all;
  });
  return unknown ? undefined : decoded;
}
