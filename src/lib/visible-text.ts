/**
 * Text a reader can see. Control characters show as nothing or as boxes, make feeds invalid XML
 * and stop the share-card renderer; zero-width and other default-ignorable characters, combining
 * marks alone and blank symbols draw nothing. Shared by the schema (frontmatter text) and the
 * body check (an article must render some visible text).
 */

// Line breaks, tabs and other spacing controls become a space; the other controls, lone
// surrogates and noncharacters are dropped.
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085]/g;
const DROPPED = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gv;

/** A character that puts ink on the page. */
const VISIBLE =
  /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/v;

/** `text` in NFC, with its spacing controls as spaces and every other control character dropped. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(SPACING_CONTROLS, ' ').replace(DROPPED, '');
}

/** Whether `text` holds at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

// A tag, its attribute values quoted as rehype-stringify writes them.
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const PICTURE = /<img\s/;

/**
 * Whether rendered HTML shows the reader anything: a visible character in its text, or a
 * picture (a body that is a photo or a chart is content; its caption or alt text may be all the
 * text it has). The sanitized HTML holds no script, style or comment, so its text is what shows.
 */
export function showsSomething(html: string): boolean {
  return PICTURE.test(html) || hasVisibleCharacter(html.replace(TAG, ''));
}
