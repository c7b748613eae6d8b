/**
 * A byline line as a whole-page copy prints it, without what sits beside the names but is not
 * one: links to the writer's accounts (`[@janedoe](…)`, `[Twitter](…)`, an e-mail address) or to
 * the comments (`[0 Comments](…)`), a job title glued after the name's link (`[Jane Doe](…)Business
 * Columnist`), the same name linked twice (picture and name), a job title after a dash (`Jane Doe -
 * Staff Writer`), and a separator left dangling at the end (`By Jane Doe -`). A job title after a
 * comma stays: it is printed as part of the byline.
 */
// `[text](address)` with no brackets in the text; an optional `"title"`.
const LINK = /\[([^[\]]*)\]\(\s*<?([^\s<>()]*)>?(?:\s+"[^"]*")?\s*\)/g;
// Link texts that name an account, not a person.
const ACCOUNT =
  /^(?:@[\p{L}\p{N}_.]+|twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|e-?mail|mail|rss|bio|follow)$/iu;
// A link to the comments under the story (`[0 Comments](…#comments)`), printed beside the byline.
const COMMENTS =
  /^(?:\d+|no)\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|responses?|replies)$/iu;
const EMAIL = /\s*\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
// A job title glued to the end of a name's link: `…)Business Columnist`.
const GLUED_ROLE = /(\]\([^)]*\))\s*([\p{Lu}][\p{L}\s]{2,50})$/u;
const DANGLING = /[\s\-–—|/／·•,]+$/u;
const DASHED_ROLE = /\s+[-–—|]\s+([^-–—|]+)$/u;

/**
 * The byline line without account links, e-mail addresses, a job title glued or after a dash, or
 * a repeated name; `isRole` tells a job title (./byline.ts).
 */
export function withoutBylineClutter(line: string, isRole: (text: string) => boolean): string {
  let seen = '';
  let text = line.replace(LINK, (link: string, label: string, address: string) => {
    const name = label.trim();
    if (ACCOUNT.test(name) || COMMENTS.test(name) || address.startsWith('mailto:')) return ' ';
    // The same name linked twice in a row (a picture's link, then the name's).
    if (name !== '' && name === seen) return ' ';
    seen = name;
    return link;
  });
  const glued = GLUED_ROLE.exec(text);
  if (glued?.[1] !== undefined && glued[2] !== undefined && isRole(glued[2].trim())) {
    text = text.slice(0, glued.index + glued[1].length);
  }
  text = text
    .replace(EMAIL, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(DANGLING, '')
    .trim();
  const dashed = DASHED_ROLE.exec(text);
  if (dashed?.[1] !== undefined && isRole(dashed[1].replace(/[\]*_]/g, '').trim()))
    text = text.slice(0, dashed.index);
  return text;
}
