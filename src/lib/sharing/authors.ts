/** Who wrote an article, for structured data: people, or organisations such as news agencies. */

export interface Author {
  type: 'Person' | 'Organization';
  name: string;
}

// News agencies and wire services, by the names bylines use. Lower case, compared whole.
const AGENCIES = new Set([
  'afp',
  'agence france-presse',
  'agence france presse',
  'ap',
  'associated press',
  'the associated press',
  'reuters',
  'thomson reuters',
  'dpa',
  'deutsche presse-agentur',
  'efe',
  'ansa',
  'anadolu',
  'anadolu agency',
  'bloomberg',
  'bloomberg news',
  'upi',
  'pa',
  'pa media',
  'press association',
  'kyodo',
  'kyodo news',
  'yonhap',
  'xinhua',
  'tass',
  'ria novosti',
  'interfax',
  'kcna',
  'ukrinform',
  'wafa',
]);

/** Whether a name is a news agency or the publisher itself (as in `By The Moscow Times`). */
export function isOrganisation(name: string, publisher?: string): boolean {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (AGENCIES.has(key)) return true;
  if (publisher !== undefined && key === publisher.trim().toLowerCase()) return true;
  return /\b(staff|desk|newsroom|agency|news service|wire)$/i.test(key);
}

/**
 * Splits a printed byline into names: `Jane Doe and John Roe`, `Jane Doe, John Roe & AFP`,
 * `Jane Doe with Reuters`. A byline with no separators is one name.
 */
export function splitByline(byline: string): string[] {
  return byline
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|;|&|\band\b|\bwith\b)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** One entry per author: the frontmatter's `authors`, else the names in the byline. */
export function articleAuthors(data: {
  authors?: string[] | undefined;
  byline?: string | undefined;
  publisher?: string | undefined;
}): Author[] {
  const names = data.authors ?? (data.byline ? splitByline(data.byline) : []);
  return names.map((name) => ({
    type: isOrganisation(name, data.publisher) ? 'Organization' : 'Person',
    name,
  }));
}
