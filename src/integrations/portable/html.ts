/**
 * Surgical edits to built HTML: parse with source offsets, change only the bytes that need it,
 * and leave the rest of Astro's output exactly as it was.
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;

/** Replace `html[start, end)` with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function parseHtml(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** Every element of the document, `<template>` contents included, in source order. */
export function* elements(node: DefaultTreeAdapterTypes.ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(
      child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child,
    );
  }
}

/** An attribute's value, or `undefined` when the element does not have it. */
export function getAttribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name) === name)
    ?.value;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export function applyEdits(html: string, edits: Edit[]): string {
  let result = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}
