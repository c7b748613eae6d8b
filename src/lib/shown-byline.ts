/**
 * The byline as shown beside the publisher's name, so the outlet is named once: none when the
 * byline is the outlet ("Reuters" from Reuters), and without the outlet when the byline ends with
 * it ("Jane Doe, Reuters" from Reuters → "Jane Doe").
 */
import { titleKey } from './finding/related';

export function shownByline(byline: string | undefined, publisher: string): string | undefined {
  if (byline === undefined) return undefined;
  const outlet = titleKey(publisher);
  if (outlet === '' || titleKey(byline) === outlet) return outlet === '' ? byline : undefined;
  // "Jane Doe, Reuters", "Jane Doe - Reuters", "Jane Doe | Reuters", "Jane Doe (Reuters)".
  const match = /^(.*?\S)\s*(?:[,|/–—-]\s*|\(\s*)([^,|/–—()-]+?)\s*\)?$/u.exec(byline.trim());
  if (match?.[1] && match[2] && titleKey(match[2]) === outlet) return match[1];
  return byline;
}
