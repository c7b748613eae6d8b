/**
 * How an imported field is compared with a label a person made from the page: headlines exactly
 * after normalising whitespace and quotes; bylines the same, ignoring case (pages print names in
 * capitals with CSS or in the markup) and a leading "By"; dates by the calendar day, read in the
 * label's own zone when both the label and the import give one; languages by their primary subtag.
 */
import { parseIsoDate } from '../../src/lib/dates';

/** Whitespace collapsed, typographic quotes and apostrophes as their ASCII forms, NFC. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

export function sameHeadline(imported: string | undefined, label: string): boolean {
  return imported !== undefined && normaliseText(imported) === normaliseText(label);
}

function bylineKey(text: string): string {
  return normaliseText(text)
    .replace(/^by\s+/i, '')
    .toLocaleLowerCase('und');
}

/** A byline matches the label or one of its accepted forms; `null` labels want no byline. */
export function sameByline(imported: string | undefined, label: string | null, also: string[] = []): boolean {
  if (label === null) return imported === undefined;
  if (imported === undefined) return false;
  return [label, ...also].some((form) => bylineKey(form) === bylineKey(imported));
}

/** Minutes east of UTC of an ISO offset (`Z`, `+05:30`). */
function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** The calendar day of `iso`, seen in the zone `offset` when both name one. */
function dayIn(iso: string, offset: string | undefined): string | undefined {
  const parsed = parseIsoDate(iso);
  if (parsed === undefined) return undefined;
  if (offset === undefined || parsed.offset === undefined || parsed.time === undefined) return parsed.date;
  const instant = Date.parse(`${parsed.date}T${parsed.time}${parsed.offset}`);
  return new Date(instant + offsetMinutes(offset) * 60_000).toISOString().slice(0, 10);
}

/** Whether an imported date falls on the labelled day (or one of the label's other readings). */
export function sameDay(imported: string | undefined, label: string, also: string[] = []): boolean {
  if (imported === undefined) return false;
  return [label, ...also].some((form) => {
    const offset = parseIsoDate(form)?.offset;
    const day = dayIn(form, undefined);
    return day !== undefined && dayIn(imported, offset) === day;
  });
}

/** Languages by primary subtag; no `lang` in a content file means English. */
export function sameLanguage(imported: string | undefined, label: string): boolean {
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase();
  return primary(imported ?? 'en') === primary(label);
}
