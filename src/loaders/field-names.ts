/**
 * Field names as problem lines show them. A name comes from the file: it is shown escaped, so a
 * line break or a direction control in it cannot forge or reorder a line of the report, and
 * bounded, so a long one cannot flood it.
 */

const LONGEST = 40;
const PLAIN = new RegExp(`^[A-Za-z0-9_.-]{1,${LONGEST}}$`);

/** Whether `name` reads as a field name: short, letters, digits, `_`, `-` and `.` only. */
export function isPlainName(name: string): boolean {
  return PLAIN.test(name);
}

/** `char` escaped when it is invisible or breaks a line: controls, format characters, separators. */
function escapeChar(char: string): string {
  return /[\p{C}\p{Z}]/u.test(char) && char !== ' '
    ? `\\u{${char.codePointAt(0)?.toString(16).toUpperCase()}}`
    : char;
}

/** `name` as a problem line shows it: as it is when plain, else quoted with escapes, bounded. */
export function shownFieldName(name: string): string {
  if (PLAIN.test(name)) return name;
  const chars = [...name];
  const escaped = chars
    .slice(0, LONGEST)
    .map((char) => (char === '"' || char === '\\' ? `\\${char}` : escapeChar(char)))
    .join('');
  return `"${escaped}${chars.length > LONGEST ? '…' : ''}"`;
}

/** A file name as a problem line shows it: whole, with what is invisible or breaks a line escaped. */
export function shownFileName(name: string): string {
  return [...name].map(escapeChar).join('');
}

/**
 * The edit distance between `a` and `b`, counting a swap of two neighbours as one edit
 * (`titel` is one edit from `title`).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The known field `name` was most likely meant to be: the nearest by edit distance, when it is
 * close (at most 2 edits, and fewer than half the name's letters), ignoring case.
 */
export function nearestField(name: string, known: readonly string[]): string | undefined {
  if (name.length > LONGEST) return undefined;
  const lower = name.toLowerCase();
  let nearest: string | undefined;
  let distance = Infinity;
  for (const field of known) {
    const d = editDistance(lower, field.toLowerCase());
    if (d < distance) [nearest, distance] = [field, d];
  }
  return distance <= 2 && distance * 2 < Math.max(name.length, 2) ? nearest : undefined;
}
