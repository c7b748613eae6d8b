import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { codeVersion, importedFiles } from '../../../src/lib/code-version';

const root = join(import.meta.dirname, '../../..');

describe('importedFiles', () => {
  const files = importedFiles(join(root, 'src/markdown/body.ts')).map((file) => file.slice(root.length + 1));

  test('should follow the body pipeline into the files it uses outside src/markdown', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'src/markdown/body.ts',
        'src/markdown/pipeline.ts',
        'src/markdown/sanitize-schema.ts',
        'src/lib/description.ts',
        'src/loaders/image-src.ts',
      ]),
    );
  });

  test('should leave out code the pipeline does not use', () => {
    expect(files).not.toContain('src/lib/sharing/card.ts');
    expect(files).not.toContain('src/markdown/render-worker.ts');
  });
});

describe('codeVersion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'code-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  test('should change with a file the entry imports, and only with those', () => {
    write('src/entry.ts', "import { a } from './a';\nexport const b = a;\n");
    write('src/a.ts', "import type { T } from '../types/t';\nexport const a = 1;\n");
    write('types/t.ts', 'export type T = 1;\n');
    write('src/other.ts', 'export const other = 1;\n');
    const first = codeVersion(dir, 'src/entry.ts');
    write('src/other.ts', 'export const other = 2;\n');
    expect(codeVersion(dir, 'src/entry.ts')).toBe(first);
    write('types/t.ts', 'export type T = 2;\n');
    expect(codeVersion(dir, 'src/entry.ts')).not.toBe(first);
  });
});
