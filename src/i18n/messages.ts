/**
 * The shape of a message catalog. English (./catalogs/en.ts) names every key; each other catalog
 * must give them all (`astro check` and tests/unit/i18n/catalogs.test.ts both refuse a gap).
 */
import type { en } from './catalogs/en';

/**
 * A message: text with `{name}` placeholders, or one text per plural category of the language
 * (`Intl.PluralRules`), chosen by the `count` value. `other` is always required.
 */
export type PluralMessage = { [category in Intl.LDMLPluralRule]?: string } & { other: string };
export type Message = string | PluralMessage;

export type MessageKey = keyof typeof en;

export type Catalog = Record<MessageKey, Message>;
