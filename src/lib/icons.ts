/**
 * The site's icons and logo as the files it serves: the favicon as given, the touch icon drawn
 * from it (180×180 on the paper colour, as iOS shows it), a raster logo cut to the size the
 * masthead needs. Once per build, whatever the size of the archive.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { ResolvedLogo } from '../integrations/broadsheet/resolve';

/** The size iOS asks for (https://developer.apple.com/design/human-interface-guidelines/app-icons). */
export const TOUCH_ICON_SIZE = 180;
const PAPER = '#fbfaf7';

/** The touch icon: the picture centred on paper, with a margin, flattened (iOS shows transparency as black). */
export async function touchIcon(source: string): Promise<Buffer> {
  const inner = Math.round(TOUCH_ICON_SIZE * 0.8);
  const picture = await sharp(source, { density: 300 })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const composed = await sharp({
    create: { width: TOUCH_ICON_SIZE, height: TOUCH_ICON_SIZE, channels: 3, background: PAPER },
  })
    .composite([{ input: picture, gravity: 'centre' }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  // In a pass of its own: sharp flattens before it composites, not after.
  const { width, height, channels } = composed.info;
  return sharp(composed.data, { raw: { width, height, channels } })
    .flatten({ background: PAPER })
    .png()
    .toBuffer();
}

/** The logo file the site serves: an SVG as it is, a raster picture at the resolved size as PNG. */
export async function logoFile(logo: ResolvedLogo): Promise<Buffer> {
  if (logo.ext === 'svg') return readFile(logo.file);
  return sharp(logo.file).resize(logo.width, logo.height, { fit: 'fill' }).png().toBuffer();
}
