/**
 * Filling in one message: its plural form chosen by `Intl.PluralRules`, its `{name}` placeholders
 * cut out or filled, numbers written by `Intl.NumberFormat`. Pure and catalog-free, so the search
 * page's script shares it with the build.
 */
import type { Message } from './messages';

export type Values = Record<string, string | number>;

/** A message cut at its placeholders: text, and `{ name }` where a value goes. */
export type MessagePart = string | { name: string };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The text of `message` for `count`: its plural form, or the message itself. */
export function pluralForm(message: Message, rules: Intl.PluralRules, count: unknown): string {
  if (typeof message === 'string') return message;
  const category = typeof count === 'number' ? rules.select(count) : 'other';
  return message[category] ?? message.other;
}

/** `text` cut at its placeholders. */
export function cutPlaceholders(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ name: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * `message` in language `lang` with `values` filled in; placeholders `keep` names stay parts
 * (for markup), unknown ones stay as written.
 */
export function fillMessage(
  message: Message,
  lang: string,
  values: Values = {},
  keep: (name: string) => boolean = () => false,
): MessagePart[] {
  const rules = pluralRules(lang);
  const numbers = numberFormat(lang);
  return cutPlaceholders(pluralForm(message, rules, values['count'])).map((part) => {
    if (typeof part === 'string' || keep(part.name)) return part;
    const value = values[part.name];
    if (value === undefined) return `{${part.name}}`;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The text of `message` with `values` filled in. */
export function formatMessage(message: Message, lang: string, values?: Values): string {
  return fillMessage(message, lang, values)
    .map((part) => (typeof part === 'string' ? part : ''))
    .join('');
}

const rulesByLang = new Map<string, Intl.PluralRules>();
const numbersByLang = new Map<string, Intl.NumberFormat>();

function pluralRules(lang: string): Intl.PluralRules {
  let rules = rulesByLang.get(lang);
  if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

function numberFormat(lang: string): Intl.NumberFormat {
  let format = numbersByLang.get(lang);
  if (!format) numbersByLang.set(lang, (format = new Intl.NumberFormat(lang)));
  return format;
}
