/**
 * The lead photograph cut to the aspect ratios Google asks for in `NewsArticle.image` (16:9,
 * 4:3, 1:1), at most 1200 pixels wide; cheap resizes, cached with the cards.
 */
import sharp from 'sharp';
import { cachedCard, cardKey } from './card-cache';

export const CROPS = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const;
export type CropName = keyof typeof CROPS;

export function cropPath(slug: string, crop: CropName): string {
  return `cards/${slug}/${crop}.jpg`;
}

export async function cropPhoto(photo: string, crop: CropName): Promise<Buffer> {
  const [w, h] = CROPS[crop];
  const key = await cardKey({ crop }, photo);
  return cachedCard(key, async () => {
    const { width = 1200 } = await sharp(photo).metadata();
    const cropWidth = Math.min(1200, width);
    return sharp(photo)
      .rotate()
      .resize(cropWidth, Math.round((cropWidth * h) / w), { fit: 'cover', position: 'attention' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  });
}
