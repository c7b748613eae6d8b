/** The lead photograph's crops for JSON-LD (lib/sharing/crops.ts), for articles that have one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../lib/articles';
import { CROPS, type CropName, cropPhoto } from '../../../lib/sharing/crops';
import { hasSiteAddress } from '../../../lib/sharing/feeds';
import { leadPhotoFile } from '../../../lib/sharing/lead-photo';

export const getStaticPaths = (async () => {
  if (!hasSiteAddress()) return [];
  const articles = await getArticles();
  return articles.flatMap((article) => {
    const photo = leadPhotoFile(article.data.image?.src);
    if (!photo) return [];
    return Object.keys(CROPS).map((crop) => ({ params: { slug: article.id, crop }, props: { photo } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const bytes = await cropPhoto((props as { photo: string }).photo, params['crop'] as CropName);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/jpeg' } });
};
