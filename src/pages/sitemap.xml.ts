/** sitemap.xml: the home page, the static pages and every article (with `lastmod`); only with `SITE_URL`. */
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles';
import { getSitePages } from '../lib/pages';
import { articlePath, siteUrl } from '../lib/paths';
import { w3cDatetime } from '../lib/sharing/instants';
import { type SitemapEntry, sitemapXml } from '../lib/sharing/sitemap';

export const GET: APIRoute = async () => {
  const home = siteUrl();
  if (!home) return new Response(null, { status: 404 });
  const articles = await getArticles();
  const entries: SitemapEntry[] = [{ loc: home }];
  for (const page of await getSitePages()) {
    const loc = siteUrl(`${page.id}/`);
    if (loc) entries.push({ loc });
  }
  for (const article of articles) {
    const loc = siteUrl(articlePath(article.id));
    if (!loc) continue;
    entries.push({ loc, lastmod: w3cDatetime(article.data.updated ?? article.data.published) });
  }
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
