/**
 * The date a saved page prints, for pages whose metadata states none: the first `<time>` of the
 * page's header (its `datetime`, else its text), else an element marked as a date (a class or id
 * naming a date, a time, publication) or any short element whose whole text is a date line
 * (`21/6/2019`, `Published On 27 Feb 2026`, `15 августа 2016, 13:43`).
 */
import { formatIsoDate, parseIsoDate } from '../../lib/dates';
import { parseDateLine } from '../dates';

const MARKED = /date|time|publish|posted|dateline/i;
const MAX_TEXT = 80;

export interface PrintedDate {
  published?: string;
  updated?: string;
  /** Where it was read, for messages. */
  from: string;
  /** The element that prints it, when it prints nothing else. */
  element?: Element;
}

function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text directly inside an element, without its child elements'. */
function ownText(element: Element): string {
  return [...element.childNodes]
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fromTime(element: Element, dayFirst: boolean): PrintedDate | undefined {
  const attribute = element.getAttribute('datetime')?.trim() ?? '';
  const iso = parseIsoDate(attribute);
  // `2019-11-19 02:24:00 UTC`: a datetime not quite ISO 8601 still states its zone.
  const loose = iso ? undefined : parseDateLine(attribute)?.published;
  const updated = /updated|modified|aktualisiert|mis à jour|actualizado/i.test(
    `${element.getAttribute('class') ?? ''} ${element.parentElement?.textContent ?? ''}`.slice(0, 120),
  );
  const value = iso ? formatIsoDate(iso) : (loose ?? parseDateLine(text(element), { dayFirst })?.published);
  if (value === undefined) return undefined;
  return updated
    ? { updated: value, from: 'a <time> element' }
    : { published: value, from: 'a <time> element' };
}

/** The first date printed among the header's `elements` (day first where the language writes so). */
export function findPrintedDate(elements: readonly Element[], dayFirst = false): PrintedDate | undefined {
  for (const element of elements) {
    if (element.tagName.toLowerCase() !== 'time') continue;
    const found = fromTime(element, dayFirst);
    if (found) return found;
  }
  for (const element of elements) {
    const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const own = ownText(element);
    if (!MARKED.test(label) && own === '') continue;
    const whole = text(element);
    for (const line of new Set([whole, own])) {
      if (line === '' || line.length > MAX_TEXT) continue;
      const found = parseDateLine(line, { dayFirst });
      if (found) return { ...found, from: 'the date the page prints', ...(line === whole && { element }) };
    }
  }
  return undefined;
}
