/**
 * Pictures a raw copy names as files beside itself (`![Tram](./tram-t10.jpg)`): the lead photo
 * and those in the body. Each must be found before anything is written, or the site's build
 * would stop on it; the article then becomes `<slug>/index.md` with the files beside it, at the
 * same relative paths, so the body's references stay as written. Pure apart from `find`.
 */
import type { Definition, Image, ImageReference, Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isLocalPath } from '../lib/urls';
import { ImportError, type ArticleDraft } from './draft';

/** A picture found beside the copy: the file on disk and its path from the copy's folder. */
export type FoundImage = { file: string; name: string } | { problem: string };

/** Looks a picture up beside the copy, from its path as written. */
export type FindImage = (src: string) => FoundImage;

export interface LocalImagesContext {
  /** How to find a picture a raw copy names beside itself; without it (standard input), none can be. */
  findImage?: FindImage;
}

interface ImageRef {
  src: string;
  alt: string;
}

/** The Markdown pictures of `body` that name a local file, in order, each path once. */
export function localImageRefs(body: string): ImageRef[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const definitions = new Map<string, string>();
  const found: Array<Image | ImageReference> = [];
  const visit = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(normaliseLabel(node), node.url);
    if (node.type === 'image' || node.type === 'imageReference') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  const refs = new Map<string, ImageRef>();
  for (const node of found) {
    const src = node.type === 'image' ? node.url : definitions.get(normaliseLabel(node));
    if (src === undefined || !isLocalPath(src) || refs.has(src)) continue;
    refs.set(src, { src, alt: (node.alt ?? '').trim() });
  }
  return [...refs.values()];
}

function normaliseLabel(node: Definition | ImageReference): string {
  return node.identifier.toLowerCase();
}

/** The refusal of a copy whose pictures cannot be imported, one problem a line. */
export function picturesRefused(problems: Iterable<string>): ImportError {
  return new ImportError(
    `the pictures it names must be image files beside it:\n  ${[...problems].join('\n  ')}`,
  );
}

/**
 * Finds every local picture of a raw copy's draft: the lead photo gets its file, the body's go
 * to `bodyFiles`. Throws `ImportError` naming each reference that cannot be imported and why.
 */
export function findLocalImages(draft: ArticleDraft, find: FindImage | undefined): void {
  const lead = draft.image?.localSrc;
  const refs = localImageRefs(draft.body);
  if (lead === undefined && refs.length === 0) return;
  // A set: the lead photo may be named again in the body.
  const problems = new Set<string>();
  const look = (src: string): { file: string; name: string } | undefined => {
    const found: FoundImage = find
      ? find(src)
      : { problem: 'a copy read from standard input has no folder to take it from: import the file' };
    if ('problem' in found) problems.add(`image "${src}": ${found.problem}`);
    return 'problem' in found ? undefined : found;
  };
  if (draft.image !== undefined && lead !== undefined) {
    const image = { ...draft.image };
    delete image.localSrc;
    const found = look(lead);
    draft.image = found ? { ...image, file: found.file, name: found.name } : image;
  }
  const files = new Map<string, string>();
  for (const { src, alt } of refs) {
    if (alt === '') problems.add(`image "${src}": has no alt text: describe the picture in ![…](…)`);
    const found = look(src);
    if (found) files.set(found.name, found.file);
  }
  if (problems.size > 0) throw picturesRefused(problems);
  if (files.size > 0) draft.bodyFiles = [...files].map(([name, from]) => ({ from, name }));
}
