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

/**
 * The Markdown an HTML block hid when its closing marker never comes (the block runs to the end
 * of the document), else `undefined`: what follows its opener.
 */
export function unclosedBlockText(html: string): string | undefined {
  for (const [start, end] of CLOSED_BY_MARKER) {
    const opened = start.exec(html);
    if (!opened) continue;
    const rest = html.slice(opened[0].length);
    if (end.test(rest)) return undefined;
    // A tag's opener ends at its `>`; a marker such as `<!--` is the whole opener.
    return /^\s*<[!?]/.test(opened[0]) ? rest : rest.replace(/^[^>]*>?/, '');
  }
  return undefined;
}
