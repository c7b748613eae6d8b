/**
 * The share cards' fonts: local files from npm packages (SIL Open Font License 1.1), together
 * covering Latin, Cyrillic and Greek (Noto Serif, the site's serif look), Chinese, Japanese
 * and Korean Han and kana (Noto Sans JP), and Arabic (Noto Naskh Arabic). No system font is
 * needed, so a Russian or Japanese headline never comes out as boxes on a bare machine.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Resolved from the project, not from this file: Astro bundles it into the build's own folder.
const require = createRequire(join(process.cwd(), 'package.json'));

export interface CardFont {
  /** Family name as Pango knows it. */
  family: string;
  file: string;
}

/** Bold faces for the headline, in fallback order: Pango takes each glyph from the first that has it. */
export function cardFonts(): CardFont[] {
  return [
    {
      family: 'Noto Serif',
      file: require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'),
    },
    {
      family: 'Noto Sans JP',
      file: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
    },
    {
      family: 'Noto Naskh Arabic',
      file: require.resolve('@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'),
    },
  ];
}

/** The Pango font description naming every family, so fallback stays within our files. */
export function cardFontFamilies(fonts: CardFont[] = cardFonts()): string {
  return fonts.map((font) => font.family).join(',');
}
