/** One share card per article (lib/sharing/card.ts), only with `SITE_URL`: `og:image` must be absolute. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, getArticles } from '../../lib/articles';
import { articleT, siteT } from '../../i18n/site';
import { textDirection } from '../../lib/language';
import { siteName } from '../../lib/site';
import { renderCard } from '../../lib/sharing/card';
import { cachedCard, cardKey } from '../../lib/sharing/card-cache';
import { hasSiteAddress } from '../../lib/sharing/feeds';
import { leadPhotoFile } from '../../lib/sharing/lead-photo';
import { CARD_HEIGHT, CARD_WIDTH, publisherName } from '../../lib/sharing/share';

export const getStaticPaths = (async () => {
  if (!hasSiteAddress()) return [];
  const articles = await getArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data, filePath } = (props as { article: Article }).article;
  const photo = leadPhotoFile(data.image?.src);
  const input = {
    site: siteName,
    siteRtl: siteT.dir === 'rtl',
    headline: data.title,
    publisher: publisherName(data),
    date: articleT(data.lang).date(data.published),
    rtl: textDirection(data.lang) === 'rtl',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
  const bytes = await cachedCard(await cardKey(input, photo), () =>
    renderCard({ ...input, photo }).catch((error: unknown) => {
      // Named by file: the renderer's own message ("no text to render") names no article.
      throw new Error(
        `${filePath ?? data.title}: the share card could not be drawn: ${(error as Error).message}`,
      );
    }),
  );
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/jpeg' } });
};
