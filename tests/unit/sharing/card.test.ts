import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { escapeMarkup, registerFonts, renderCard } from '../../../src/lib/sharing/card';
import { cardFontFamilies } from '../../../src/lib/sharing/card-fonts';

const photo = fileURLToPath(
  new URL('../../../samples/articles/harbour-fog-strands-morning-ferries/harbour.jpg', import.meta.url),
);

/**
 * Whether a character comes out as Pango's missing-glyph box: ink whose outer rows and columns
 * are solid lines. (The box holds the code point's hex digits, so boxes differ from each other.)
 */
async function drawsAsBox(char: string): Promise<boolean> {
  await registerFonts();
  const { data, info } = await sharp({
    text: { text: `<span font="${cardFontFamilies()} 40">${escapeMarkup(char)}</span>`, dpi: 72 },
  })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const ink = (x: number, y: number) => (data[y * info.width + x] ?? 0) > 128;
  const xs = [...Array(info.width).keys()];
  const ys = [...Array(info.height).keys()];
  const inkedXs = xs.filter((x) => ys.some((y) => ink(x, y)));
  const inkedYs = ys.filter((y) => xs.some((x) => ink(x, y)));
  const [left, right] = [inkedXs[0] ?? 0, inkedXs.at(-1) ?? 0];
  const [top, bottom] = [inkedYs[0] ?? 0, inkedYs.at(-1) ?? 0];
  const solidRow = (y: number) => xs.slice(left, right + 1).every((x) => ink(x, y));
  const solidColumn = (x: number) => ys.slice(top, bottom + 1).every((y) => ink(x, y));
  return solidRow(top) && solidRow(bottom) && solidColumn(left) && solidColumn(right);
}

describe('share cards', () => {
  test.each([
    ['English', 'Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia', false, undefined],
    ['Russian, with a photo', 'Ким Чен Ын почтил память северокорейских солдат', false, photo],
    ['Japanese', '金正恩氏、ロシアのために戦死した北朝鮮兵士を追悼', false, undefined],
    ['Arabic', 'كيم جونغ أون يكرم الجنود الكوريين الشماليين', true, photo],
    ['hostile markup', '</span><span font="99">&amp; <b>x</b>', false, undefined],
    ['control-character', 'Heat\u0000\u0001wave \u001b[31m\u0008warning\u007f', false, undefined],
  ])('should draw a 1200×630 JPEG under 300 KB for a %s headline', async (_name, headline, rtl, file) => {
    const bytes = await renderCard({
      site: 'Broadsheet',
      headline,
      publisher: 'The Moscow Times',
      date: 'July 1, 2025',
      rtl,
      photo: file,
      width: 1200,
      height: 630,
    });
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(bytes.length).toBeLessThan(300 * 1024);
  });

  test("should draw the site's name, in any script, as its masthead", async () => {
    const card = (site: string, siteRtl = false) =>
      renderCard({
        site,
        siteRtl,
        headline: 'H',
        publisher: 'P',
        date: 'D',
        rtl: false,
        width: 600,
        height: 315,
      });
    // The masthead is the top of the card: it changes with the name, and only there.
    const top = async (bytes: Buffer) =>
      sharp(bytes).extract({ left: 0, top: 0, width: 600, height: 80 }).raw().toBuffer();
    const [broadsheet, arabic] = await Promise.all([card('Broadsheet'), card('أرشيف الميناء', true)]);
    expect((await top(broadsheet)).equals(await top(arabic))).toBe(false);
  });

  test.each([
    ['Latin', 'g'],
    ['Cyrillic', 'ж'],
    ['Greek', 'λ'],
    ['Arabic', 'ك'],
    ['Japanese kana', 'シ'],
    ['Han', '追'],
  ])('should have a real glyph for %s (%s), not a box', async (_script, char) => {
    expect(await drawsAsBox(char)).toBe(false);
  });

  test('should see a box where no font has the character (the check above can fail)', async () => {
    // A private-use code point is in none of our fonts.
    expect(await drawsAsBox('\uE000')).toBe(true);
  });
});
