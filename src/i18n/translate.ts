/**
 * Messages in a language: a catalog's text with its placeholders filled in (./format.ts), and
 * dates, months, numbers and lists formatted by `Intl`. One translator per language tag, made
 * once per build.
 */
import { formatHumanDate } from '../lib/dates';
import { textDirection } from '../lib/language';
import { perKey } from '../lib/memo';
import { catalogFor } from './catalogs';
import { fillMessage, type MessagePart, type Values } from './format';
import type { Catalog, Message, MessageKey } from './messages';

export type { MessagePart, Values };

export interface Translator {
  /** The language tag to put in `lang` attributes for text from this translator. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The message `key` with `values` filled in (numbers formatted for the language). */
  t(key: MessageKey, values?: Values): string;
  /**
   * The message cut at its placeholders, for a page that puts markup there (a link, `<bdi>`):
   * the placeholders `keep` names are left as parts, the others filled from `values`.
   */
  parts(key: MessageKey, keep: (name: string) => boolean, values?: Values): MessagePart[];
  /** The catalog's message as written, for a script that fills it in (./format.ts). */
  raw(key: MessageKey): Message;
  /** A day as people write it in this language (`1 июля 2025 г.`). */
  date(iso: string): string;
  /** A month of a year, `2025-07`, as people say it (`July 2025`). */
  month(month: string): string;
  /** A number as this language writes it. */
  number(value: number): string;
  /** Items joined as this language joins them (`A, B and C`, `A, B or C`). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** The parts of a list, to put markup around each item. */
  listParts(
    items: readonly string[],
    type?: 'conjunction' | 'disjunction',
  ): Array<{ type: 'element' | 'literal'; value: string }>;
}

function makeTranslator(lang: string, catalog: Catalog): Translator {
  const numbers = new Intl.NumberFormat(lang);
  const months = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lists = {
    conjunction: new Intl.ListFormat(lang, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(lang, { type: 'disjunction' }),
  };
  const parts = (key: MessageKey, keep: (name: string) => boolean, values?: Values) =>
    fillMessage(catalog[key], lang, values, keep);
  return {
    lang,
    dir: textDirection(lang),
    t: (key, values) =>
      parts(key, () => false, values)
        .map((part) => (typeof part === 'string' ? part : ''))
        .join(''),
    parts,
    raw: (key) => catalog[key],
    date: (iso) => formatHumanDate(iso, lang),
    month: (month) => months.format(new Date(`${month}-01T00:00:00Z`)),
    number: (value) => numbers.format(value),
    list: (items, type = 'conjunction') => lists[type].format(items),
    listParts: (items, type = 'conjunction') => lists[type].formatToParts(items),
  };
}

/**
 * The translator for a language tag: its catalog (by language and script, so `en-GB` reads the
 * English one and `zh-Hant` none of the simplified Chinese), or `undefined` when there is none.
 */
export const translatorFor = perKey((tag: string): Translator | undefined => {
  const catalog = catalogFor(tag);
  return catalog && makeTranslator(tag, catalog);
});

/**
 * `lang` and `dir` for text from `t` inside content in language `around`: none when they agree
 * (the text inherits them), else `t`'s own, so every element tells the truth.
 */
export function langAttributes(t: Translator, around: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return t.lang === around ? {} : { lang: t.lang, dir: t.dir };
}
