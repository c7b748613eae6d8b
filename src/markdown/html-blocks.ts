/**
 * The CommonMark HTML blocks that only a closing marker ends (kinds 1 to 5: `<script`, `<pre`,
 * `<style`, `<textarea`, `<!--`, `<?`, `<!X`, `<![CDATA[`), unlike the others, which end at a
 * blank line.
 */

/** How each kind starts, and the marker that ends it. */
export const CLOSED_BY_MARKER: Array<[start: RegExp, end: RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![a-z]/i, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** The lines after the first of an HTML block whose closing marker never comes, else `undefined`. */
export function unclosedRest(html: string): string | undefined {
  const newline = html.indexOf('\n');
  if (newline === -1) return undefined;
  for (const [start, end] of CLOSED_BY_MARKER) {
    const opened = start.exec(html);
    if (!opened) continue;
    return end.test(html.slice(opened[0].length)) ? undefined : html.slice(newline + 1);
  }
  return undefined;
}
