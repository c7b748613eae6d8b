/** robots.txt: everything may be crawled; the sitemap is named when the site's address is known. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/paths';

export const GET: APIRoute = () => {
  const sitemap = siteUrl('sitemap.xml');
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap}`] : []), ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
