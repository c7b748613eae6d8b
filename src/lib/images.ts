/**
 * How pictures are cut for the page: the widths to encode (never wider than the source) and the
 * `sizes` that tell the browser how wide a picture will be drawn in the article column.
 */

/** The widest the article column gets, in CSS pixels (`--measure` in global.css: 33em of text at 20px). */
export const COLUMN_MAX_PX = 660;

/** Side padding of the column on narrow screens, in CSS pixels (1rem each side). */
const GUTTER_PX = 32;

/** Widths encoded for every picture: a phone, a column, a column on a 2x screen, and some room. */
export const CANDIDATE_WIDTHS = [400, 800, 1200, 1600] as const;

/**
 * The `srcset` widths for a source `sourceWidth` pixels wide: the candidates it can fill, plus
 * the source's own width when that is smaller than the largest candidate. Nothing is upscaled,
 * and a candidate within 10% of the source width is dropped as a near-duplicate of it.
 */
export function srcsetWidths(
  sourceWidth: number,
  candidates: readonly number[] = CANDIDATE_WIDTHS,
): number[] {
  if (!Number.isInteger(sourceWidth) || sourceWidth <= 0) {
    throw new RangeError(`source width must be a positive integer, got ${sourceWidth}`);
  }
  const sorted = [...candidates].sort((a, b) => a - b);
  const largest = sorted.at(-1) ?? sourceWidth;
  if (sourceWidth >= largest) return sorted;
  return [...sorted.filter((w) => w < sourceWidth * 0.9), sourceWidth];
}

/**
 * The `sizes` attribute for a picture drawn at most `drawnWidth` CSS pixels wide (its own width,
 * or the column): that width once the viewport leaves room for it and the gutters, else the
 * viewport less the gutters.
 */
export function columnSizes(drawnWidth: number = COLUMN_MAX_PX): string {
  const width = Math.min(Math.round(drawnWidth), COLUMN_MAX_PX);
  return `(min-width: ${width + GUTTER_PX}px) ${width}px, calc(100vw - ${GUTTER_PX}px)`;
}

export interface CaptionParts {
  caption?: string;
  credit?: string;
}

// A credit at the end of a Markdown image title: "… Photo: Jane Doe", "… Chart: Reuters".
const CREDIT = /(?:^|\s)((?:Photo|Photograph|Picture|Image|Chart|Graphic|Illustration|Credit)s?:\s*\S.*)$/;

/**
 * Splits a body image's title into caption and credit: a trailing `Photo: …` (or `Chart:`,
 * `Credit:` …) is the credit, the rest the caption.
 */
export function splitCaption(title: string): CaptionParts {
  const text = title.trim();
  const match = CREDIT.exec(text);
  const credit = match?.[1]?.trim();
  const caption = (match ? text.slice(0, match.index) : text).trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}
