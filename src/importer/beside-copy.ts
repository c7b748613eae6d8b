/**
 * Finds on disk a picture that a copy or saved page names beside itself (`./tram-t10.jpg`,
 * `Page_files/photo.jpg`). The input is untrusted: it cannot make the importer read anything
 * but an image file in its own folder or below, reached without following a symbolic link.
 * Problems name the path, never the file's bytes.
 */
import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { sniffImageFormat } from '../loaders/image-src';
import type { FoundImage } from './local-images';

// The names the site's image pipeline reads as pictures.
const PICTURE_NAME = /\.(?:jpe?g|png|gif|webp|avif|tiff?)$/i;

function firstBytes(file: string): Buffer {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

/**
 * The picture `src` names beside `input` (a path as written, percent-encoded or not), with its
 * path from the input's folder, or what is wrong with it. `show` words a path for the person.
 */
export function imageBesideInput(input: string, src: string, show: (path: string) => string): FoundImage {
  let path = src.trim();
  try {
    path = decodeURI(path);
  } catch {
    // Kept as written: a `%` that encodes nothing is part of the name.
  }
  const folder = realpathSync(dirname(input));
  const target = resolve(folder, path);
  const shown = show(resolve(dirname(input), path));
  if (!target.startsWith(folder + sep)) {
    return { problem: "is outside the copy's folder: only files in it or below it are imported" };
  }
  const name = relative(folder, target).split(sep).join('/');
  if (!PICTURE_NAME.test(name)) {
    return { problem: 'is not named as a picture (.jpg, .jpeg, .png, .gif, .webp, .avif, .tif, .tiff)' };
  }
  // Each step down from the folder, so that no link leads anywhere else.
  let at = folder;
  for (const part of name.split('/')) {
    at = join(at, part);
    const info = lstatSync(at, { throwIfNoEntry: false });
    if (info === undefined) return { problem: `no such file: ${shown}` };
    if (info.isSymbolicLink()) {
      const link = show(resolve(dirname(input), relative(folder, at)));
      return { problem: `${link} is a symbolic link: the importer never follows one` };
    }
  }
  if (!lstatSync(target).isFile()) return { problem: `is not a file: ${shown}` };
  if (sniffImageFormat(firstBytes(target)) === undefined) {
    return { problem: `is not a picture the site can show (JPEG, PNG, GIF, WebP, AVIF or TIFF): ${shown}` };
  }
  return { file: target, name };
}
