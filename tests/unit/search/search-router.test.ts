import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { recordLanguage, wordsOf, writeRouter } from '../../../src/integrations/search-router';

describe('wordsOf', () => {
  test('should take every word of text and attribute values, once, in lower case', () => {
    const words = wordsOf(
      '<p data-pagefind-meta="title">Harbour <b>Fog</b> strands ferries</p><img alt="A ferry">',
    );
    expect([...words].sort()).toEqual(['a', 'ferries', 'ferry', 'fog', 'harbour', 'strands', 'title']);
  });

  test('should keep compound words whole as well as in parts, as Pagefind indexes them', () => {
    expect([...wordsOf('<p>well-known don’t CloudCannon</p>')]).toEqual(
      expect.arrayContaining(['well', 'known', 'wellknown', 'don', 't', 'dont', 'cloudcannon']),
    );
  });

  test('should keep words of every script, marks and digits included', () => {
    expect([...wordsOf('<p>Городской совет, 2026 年 フェリー مجلسُ</p>')]).toEqual(
      expect.arrayContaining(['городской', 'совет', '2026', '年', 'フェリー', 'مجلسُ']),
    );
  });
});

describe('recordLanguage', () => {
  test('should read the language of a record as Pagefind files it', () => {
    expect(recordLanguage('<!doctype html><html lang="pt-BR"><head>')).toBe('pt-br');
    expect(recordLanguage('<html><head>')).toBe('unknown');
  });
});

describe('writeRouter', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await pagefind.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('should file each shard and language as a record, and the same shards as the same files', async () => {
    const shards = [
      { path: '1/', words: { en: ['harbour', 'fog'], ru: ['совет'] } },
      { path: '0/', words: { en: ['tram'] } },
    ];
    const write = async () => {
      const dir = await mkdtemp(join(tmpdir(), 'broadsheet-router-'));
      dirs.push(dir);
      return { dir, manifest: await writeRouter(shards, dir) };
    };
    const [first, second] = [await write(), await write()];
    expect(first.manifest.path).toBe('router/');
    expect(Object.values(first.manifest.pages).sort()).toEqual([
      ['0/', 'en'],
      ['1/', 'en'],
      ['1/', 'ru'],
    ]);
    expect(second.manifest).toEqual(first.manifest);
    const files = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
    expect(await files(second.dir)).toEqual(await files(first.dir));
  }, 60_000);
});
