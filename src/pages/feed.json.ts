/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the full text of the latest articles. */
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles';
import { siteUrl } from '../lib/paths';
import { settings, siteDescription, siteName } from '../lib/site';
import { feedItems } from '../lib/sharing/feed-items';

export const GET: APIRoute = async () => {
  const home = siteUrl();
  if (!home) return new Response(null, { status: 404 });
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: siteName,
    description: siteDescription,
    language: settings.lang,
    home_page_url: home,
    feed_url: siteUrl('feed.json'),
    items: (await feedItems(await getArticles())).map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: item.published,
      date_modified: item.modified,
      language: item.lang,
      ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
      ...(item.tags.length > 0 ? { tags: item.tags } : {}),
    })),
  };
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
