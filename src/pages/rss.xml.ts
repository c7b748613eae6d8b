/** RSS 2.0 with the full text of the latest articles; only with `SITE_URL` (see lib/sharing/feeds). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles';
import { feedItems } from '../lib/sharing/feed-items';
import { siteUrl } from '../lib/paths';
import { settings, siteDescription, siteName } from '../lib/site';
import { escapeXml } from '../lib/sharing/sitemap';

export const GET: APIRoute = async () => {
  const site = siteUrl();
  if (!site) return new Response(null, { status: 404 });
  const items = await feedItems(await getArticles());
  return rss({
    title: siteName,
    description: siteDescription,
    site,
    trailingSlash: true,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      // As the copy gives it, zone included or said to be unknown (lib/sharing/instants.ts):
      // @astrojs/rss would write any Date as GMT.
      customData: `<pubDate>${item.pubDate}</pubDate>`,
      description: item.summary,
      content: item.html,
      categories: item.tags,
    })),
    customData: `<language>${escapeXml(settings.lang)}</language>`,
  });
};
