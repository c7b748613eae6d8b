/** Files of a built site, as integrations walk them. */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Everything under `dir`, folders included; nothing when `dir` does not exist. */
export function listEntries(dir: string): Promise<Dirent[]> {
  return readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
}

/** The files among `entries` (a listing of `dir`), relative to it and `/`-separated. */
export function filesOf(dir: string, entries: Dirent[]): string[] {
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every file under `dir`, relative to it and `/`-separated; none when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  return filesOf(dir, await listEntries(dir));
}
