/**
 * Date lines of a raw copy (`July 01, 2025`, `Nov. 4, 2026, 12:20 p.m. UTC`, `Updated: 4 November
 * 2026`, `Опубликовано: 1 июля 2025`), read with chrono-node. We keep only what the line states:
 * the day; the wall-clock time if printed; the offset if a zone was printed. Nothing is converted
 * to UTC or filled in.
 */
import * as chrono from 'chrono-node';
import { formatIsoDate, parseIsoDate } from '../lib/dates';

export interface DateLine {
  published?: string;
  updated?: string;
}

// Labels a date line may carry, in the languages read below. They carry no date themselves.
const UPDATED_WORDS = [
  'update|updated|last updated|last update|modified|last modified',
  'mis à jour|mise à jour|aktualisiert|zuletzt aktualisiert|actualizado|atualizado|aggiornato',
  'bijgewerkt|uppdaterad|päivitetty|diperbarui|cập nhật|обновлено|оновлено|تم التحديث|آخر تحديث',
  '更新日|更新时间|更新時間|更新|수정|기사수정',
].join('|');
const OTHER_WORDS = [
  'published|posted|first published|originally published|on|at|date|time',
  'publié|publiée|le|veröffentlicht|am|publicado|publicada|el|em|pubblicato|il|gepubliceerd|op',
  'publicerad|julkaistu|diterbitkan|đăng|опубликовано|опубліковано|نشر|نشرت|في|تاريخ النشر',
  'publiziert|erschienen|publikováno|opublikowano|yayınlanma|tarihi',
  '公開日|公開|掲載日|掲載|发布时间|发布|發布時間|發布|기사입력|입력|등록|발행',
].join('|');
// Words and punctuation that may surround the dates on a date line. `\b` knows only ASCII letters.
const FILLER = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${UPDATED_WORDS}|${OTHER_WORDS})(?![\\p{L}\\p{M}])|[|·•,:：;()[\\]–—-]`,
  'giu',
);
const UPDATED_LABEL = new RegExp(`(?<![\\p{L}\\p{M}])(?:${UPDATED_WORDS})(?:\\s+\\p{L}+)?[\\s:：]*$`, 'iu');
// "Updated 2 hours ago": relative to when the page was saved, which the copy does not say. Such
// a time names no date; it is left out and the rest of the line still read.
const RELATIVE = /^(?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The ISO text of what a chrono result actually states, or `undefined` if it lacks a full day. */
function statedIso(component: chrono.ParsedComponents): string | undefined {
  if (!component.isCertain('year') || !component.isCertain('month') || !component.isCertain('day')) {
    return undefined;
  }
  const value = (unit: chrono.Component) => component.get(unit) ?? 0;
  const date = `${pad(value('year'), 4)}-${pad(value('month'))}-${pad(value('day'))}`;
  let iso = date;
  if (component.isCertain('hour')) {
    const time = `${pad(value('hour'))}:${pad(value('minute'))}`;
    const seconds = component.isCertain('second') ? `:${pad(value('second'))}` : '';
    const zone = component.isCertain('timezoneOffset') ? offsetText(value('timezoneOffset')) : '';
    iso = `${date}T${time}${seconds}${zone}`;
  }
  const parsed = parseIsoDate(iso);
  return parsed && formatIsoDate(parsed);
}

// Date lines in the article's own language (`1 июля 2025`, `12 مارس 2026`, `2026年11月4日`), read
// when English reads none. Strict: "yesterday" and the like are not dates of record.
const OTHER_LANGUAGES = [
  chrono.ar,
  chrono.de,
  chrono.es,
  chrono.fi,
  chrono.fr,
  chrono.id,
  chrono.it,
  chrono.ja,
  chrono.nl,
  chrono.pt,
  chrono.ru,
  chrono.sv,
  chrono.uk,
  chrono.vi,
  chrono.zh,
];
// Any script's digits: `٢٠٢٦` is a year too.
const YEAR = /\p{Nd}{4}/u;

const PARSERS = [chrono.casual, ...OTHER_LANGUAGES.map((language) => language.strict)];
// `08.06.2026` is day first wherever it is printed; English alone would read it month first.
const DOTTED = /(?<!\d)\d{1,2}\.\d{1,2}\.\d{4}(?!\d)/;
const DAY_FIRST = [chrono.en.GB, ...PARSERS.slice(1)];
const SLASHED = /(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/;
// A clock time printed with an hour mark (`06:20h`, `14h30`), which no parser reads as a time.
const HOUR_MARK = /(?<!\d)(\d{1,2})(?::(\d{2})\s?h|h(\d{2}))(?![\p{L}\d])/gu;

/**
 * Whether a language writes numeric dates day first (`05/10/2018` is 5 October): all but
 * American English and the languages that write the year first.
 */
export function writesDayFirst(lang: string | undefined): boolean {
  if (lang === undefined) return false;
  const tag = lang.toLowerCase();
  return !/^(?:en(?:-us)?|zh|ja|ko|hu|lt|mn)(?:-|$)/.test(tag) || /^en-(?!us)/.test(tag);
}

/**
 * Reads a whole line as a date line. Returns `undefined` unless the line is nothing but dates
 * (with labels such as "Published" or "Updated:"), each a full day with an explicit year, and
 * times relative to the page being saved ("2 hours ago"), which are left out.
 */
export function parseDateLine(printed: string, options: { dayFirst?: boolean } = {}): DateLine | undefined {
  // Every date kept has a four-digit year: without one, no parser need read the line.
  if (!YEAR.test(printed)) return undefined;
  const line = printed.replace(
    HOUR_MARK,
    (_, hour: string, minute?: string, after?: string) => `${hour}:${minute ?? after}`,
  );
  // `05/10/2018` reads day first where the page's language writes days first.
  const dayFirst = DOTTED.test(line) || (options.dayFirst === true && SLASHED.test(line));
  for (const parser of dayFirst ? DAY_FIRST : PARSERS) {
    const found = readDateLine(line, parser);
    if (found) return found;
  }
  return undefined;
}

/** A weekday printed beside a full date (`2026-05-08 09:27 星期五`): no date of its own. */
function isWeekdayOnly(component: chrono.ParsedComponents): boolean {
  return component.isCertain('weekday') && !component.isCertain('day') && !component.isCertain('month');
}

function readDateLine(line: string, parser: chrono.Chrono): DateLine | undefined {
  // The reference date only fills what a line leaves out, and such lines are refused anyway.
  const results = parser.parse(line, new Date(Date.UTC(2000, 0, 1)));
  if (results.length === 0) return undefined;
  let rest = line;
  const found: DateLine = {};
  for (const result of results) {
    if (RELATIVE.test(result.text.trim()) || isWeekdayOnly(result.start)) {
      rest = rest.replace(result.text, ' ');
      continue;
    }
    if (!YEAR.test(result.text)) return undefined;
    const iso = statedIso(result.start);
    if (iso === undefined || result.end !== null) return undefined;
    rest = rest.replace(result.text, ' ');
    const label = line.slice(0, result.index);
    const key = UPDATED_LABEL.test(label) ? 'updated' : 'published';
    if (found[key] !== undefined) return undefined;
    found[key] = iso;
  }
  if (rest.replace(FILLER, '').trim() !== '') return undefined;
  if (found.published === undefined) return found.updated === undefined ? undefined : found;
  return found;
}

/**
 * Every full date (day, month and a four-digit year) mentioned in `text`, as printed and as ISO
 * 8601 (numeric ones day first where the page's language writes them so): the candidates a
 * refusal lists when no line reads as the publication date.
 */
export function datesMentioned(
  text: string,
  options: { dayFirst?: boolean } = {},
): { text: string; iso: string }[] {
  if (!YEAR.test(text)) return [];
  const reference = new Date(Date.UTC(2000, 0, 1));
  const found = new Map<string, string>();
  const dayFirst = DOTTED.test(text) || (options.dayFirst === true && SLASHED.test(text));
  for (const parser of dayFirst ? DAY_FIRST : PARSERS) {
    for (const result of parser.parse(text, reference)) {
      const iso = YEAR.test(result.text) ? statedIso(result.start) : undefined;
      if (iso !== undefined && !found.has(result.text)) found.set(result.text.trim(), iso);
    }
    if (found.size > 0) break;
  }
  return [...found].map(([printed, iso]) => ({ text: printed, iso }));
}
