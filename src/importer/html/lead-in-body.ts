/**
 * The lead photo as the extracted body still shows it: an off-site picture first in the body
 * (with its caption and credit under it) becomes the lost lead picture's caption and credit, as in
 * raw copies, instead of a link repeating its caption above the story; and a printed caption that
 * Readability kept as the first paragraph leaves the body (it would become the summary).
 */
import type { DraftImage } from '../draft';
import { readRemoteLeadPhoto } from '../lead-photo';

const comparable = (text: string) =>
  text
    .replace(/[*_`[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function takeLeadFromBody(
  body: string,
  image: DraftImage | undefined,
): { body: string; image?: DraftImage; warning?: string } {
  const lines = body.split('\n');
  if (image === undefined) {
    const lead = readRemoteLeadPhoto(lines, 0);
    if (lead === undefined) return { body };
    return {
      body: lines.slice(lead.end).join('\n').trim(),
      image: lead.image,
      warning: `the lead photo is off-site (${lead.url}): its caption and credit are kept`,
    };
  }
  const caption = image.caption === undefined ? '' : comparable(image.caption);
  const blocks = body.split('\n\n');
  const first = comparable(blocks[0] ?? '');
  if (caption.length >= 20 && first !== '' && (first === caption || caption.startsWith(first))) {
    return { body: blocks.slice(1).join('\n\n'), image };
  }
  return { body, image };
}
