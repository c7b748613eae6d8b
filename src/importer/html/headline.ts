/**
 * A saved page's headline as printed. Pages state several titles (JSON-LD `headline`, `og:title`,
 * `twitter:title`, `<title>`), often written for search engines or with the site's name added,
 * and print one in an `<h1>`. The printed `<h1>` wins when a stated title confirms it: the same
 * words once the site's name is gone, or enough of them (a title rewritten for search keeps the
 * story's names). A logo or section in an `<h1>` confirms nothing. Failing that, the first title
 * stated, without the site's name.
 */
import { confirmsTitle, titleKey } from '../printed-title';
import { isSiteName, withoutSiteName } from '../site-name';

export interface ChosenHeadline {
  text: string;
  /** Where it was read, for messages (`the page's <h1>`, `og:title`). */
  from: string;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Quotes, dashes, spacing and case aside, the same words. */
function sameText(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

/** The `<h1>` texts of the page in document order, those inside the article first. */
function printedHeadings(document: Document): string[] {
  const inArticle = [...document.querySelectorAll('article h1, main h1, [role="main"] h1')];
  const all = [...document.querySelectorAll('h1')];
  const texts = [...inArticle, ...all.filter((h1) => !inArticle.includes(h1))]
    .filter((h1) => !h1.closest('nav, footer, [hidden], [aria-hidden="true"]'))
    .map((h1) => clean(h1.textContent));
  return [...new Set(texts.filter((text) => text !== ''))];
}

/**
 * The headline of `document`, given the titles its metadata states and the site's `keys`
 * (see `siteKeys`); `undefined` when the page states and prints none.
 */
export function chooseHeadline(
  document: Document,
  titles: readonly { text: string; from: string }[],
  keys: readonly string[],
): ChosenHeadline | undefined {
  const stated = titles.map(({ text, from }) => {
    const whole = clean(text);
    return { whole, bare: withoutSiteName(whole, keys), from };
  });
  const headings = printedHeadings(document).filter((h1) => !isSiteName(h1, keys));
  for (const h1 of headings) {
    if (stated.some(({ whole, bare }) => sameText(h1, bare) || sameText(h1, whole))) {
      return { text: h1, from: "the page's <h1>" };
    }
  }
  for (const h1 of headings) {
    if (stated.some(({ bare }) => confirmsTitle(h1, bare))) return { text: h1, from: "the page's <h1>" };
  }
  const first = stated.find(({ bare }) => bare !== '');
  if (first) return { text: first.bare, from: first.from };
  const h1 = headings[0];
  return h1 === undefined ? undefined : { text: h1, from: "the page's <h1>" };
}
