/**
 * Decodes an input file. Raw copies are UTF-8; a saved page may declare another encoding in its
 * `<meta charset>` (older Russian and Japanese sites still use windows-1251 or Shift_JIS), which
 * the WHATWG `TextDecoder` reads.
 */

const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The text of `bytes`: UTF-8 unless it has no BOM and declares another charset in its head. */
export function decodeInput(bytes: Uint8Array): string {
  const isUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const label = isUtf8Bom
    ? undefined
    : DECLARED.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1];
  if (label !== undefined) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall back on UTF-8, like browsers.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
