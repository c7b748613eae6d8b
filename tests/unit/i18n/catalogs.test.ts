/**
 * Every interface catalog is complete: each key of the English catalog, the same placeholders,
 * and a text for every plural category the language has (`Intl.PluralRules`).
 */
import { describe, expect, test } from 'vitest';
import { CATALOGS } from '../../../src/i18n/catalogs';
import { en } from '../../../src/i18n/catalogs/en';
import type { Catalog, Message } from '../../../src/i18n/messages';

const REQUIRED = ['ar', 'de', 'en', 'es', 'fr', 'ja', 'pt', 'ru', 'uk', 'zh'];

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort().join(',');
const forms = (message: Message): Array<[string, string]> =>
  typeof message === 'string' ? [['', message]] : Object.entries(message);

/** What is wrong with catalog `lang`, one line per problem. */
function catalogProblems(lang: string, catalog: Partial<Catalog>): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const key of Object.keys(catalog)) if (!(key in en)) problems.push(`${key}: not an English key`);
  for (const [key, english] of Object.entries(en) as Array<[keyof typeof en, Message]>) {
    const message = catalog[key];
    if (message === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    if (typeof message !== typeof english) problems.push(`${key}: plural forms must stay plural forms`);
    const wanted = placeholders(
      forms(english)
        .map(([, text]) => text)
        .join(' '),
    );
    for (const [form, text] of forms(message)) {
      if (text.trim() === '') problems.push(`${key}${form && `.${form}`}: empty`);
      // A plural form may say its number in words (Arabic "مقالتان"): {count} may be left out.
      const own = placeholders(typeof message === 'string' ? text : `${text} {count}`);
      if (own !== wanted) problems.push(`${key}${form && `.${form}`}: has {${own}}, English has {${wanted}}`);
    }
    if (typeof message !== 'string') {
      const missing = categories.filter((category) => !(category in message));
      if (missing.length > 0) problems.push(`${key}: no text for ${missing.join(', ')}`);
    }
  }
  return problems;
}

test('there is a catalog for each of the ten interface languages', () => {
  expect(Object.keys(CATALOGS).sort()).toEqual(expect.arrayContaining(REQUIRED));
});

describe.each(Object.entries(CATALOGS))('the %s catalog', (lang, catalog) => {
  test('should translate every English message, with its placeholders and plural forms', () => {
    expect(catalogProblems(lang, catalog)).toEqual([]);
  });
});

describe('the completeness check', () => {
  test('should name a key a catalog lacks', () => {
    const rest: Partial<Catalog> = { ...CATALOGS['ru'] };
    delete rest['nav.home'];
    expect(catalogProblems('ru', rest)).toEqual(['nav.home: missing']);
  });

  test('should name a plural category a catalog lacks, and a lost placeholder', () => {
    const ru = CATALOGS['ru'] as Catalog;
    const broken = {
      ...ru,
      'index.count': { one: '{count} статья', other: 'статьи' },
      'tag.heading': 'Тема',
    };
    expect(catalogProblems('ru', broken)).toEqual([
      'index.count: no text for few, many',
      'tag.heading: has {}, English has {name}',
    ]);
  });
});
