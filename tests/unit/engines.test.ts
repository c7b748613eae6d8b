/**
 * What `npm ci` prints on the Node versions the README names: nothing on the supported one,
 * exactly the warnings the README lists on an older one, and packages that all run on the Node
 * the project pins (npm checks engines against the Node that runs npm, not the one that runs
 * the code).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build';

interface LockedPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string };
}

const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const pinned = lock.packages['node_modules/node']?.version ?? '';

/** The packages `npm ci` warns about on `node`, as npm does: installed ones, the project included. */
function warnings(node: string): string[] {
  const found: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Optional packages for other platforms (sharp's) are left out, not warned about.
    if (entry.optional || !entry.engines?.node) continue;
    if (!semver.satisfies(node, entry.engines.node))
      found.push(path === '' ? 'broadsheet' : path.replace(/.*node_modules\//, ''));
  }
  return [...new Set(found)].sort();
}

/** A Node release line the README names (`22.19` in `Node.js 22.19 or later`), as `x.y.patch`. */
function named(pattern: RegExp, patch = 0): string {
  const version = pattern.exec(readme)?.[1];
  if (!version) throw new Error(`README.md does not say ${String(pattern)}`);
  return `${version}.${patch}`;
}

describe('npm ci and the Node versions of the README', () => {
  test('should pin a Node that meets every installed package’s requirement', () => {
    expect(pinned).toMatch(/^22\./);
    expect(warnings(pinned)).toEqual([]);
  });

  test('should print no EBADENGINE warning on the Node the README asks for', () => {
    expect(warnings(named(/Needs only Node\.js (\d+\.\d+) or later/))).toEqual([]);
  });

  test('should accept the oldest Node the README allows, and not an older one', () => {
    const oldest = named(/Node (\d+\.\d+) or later works too/);
    expect(semver.satisfies(oldest, manifest.engines.node)).toBe(true);
    const [major = 0, minor = 0] = oldest.split('.').map(Number);
    expect(semver.satisfies(`${major}.${minor - 1}.99`, manifest.engines.node)).toBe(false);
  });

  test('should list in the README exactly the warnings npm ci prints on the older Node it names', () => {
    // The release npm ci was measured on (20.20.2).
    const node = named(/on Node (\d+\.\d+), for these:/, 2);
    const sentence = /on Node \d+\.\d+, for these: ([^.]*)\./.exec(readme)?.[1] ?? '';
    const listed = [...sentence.matchAll(/`([^`]+)`/g)].map((match) => match[1]).sort();
    expect(listed).toEqual(warnings(node));
  });
});
