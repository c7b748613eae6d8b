/** Open Graph's `og:locale` (`language_TERRITORY`) from a BCP 47 language tag. */

/**
 * `en` → `en_US`, `ru` → `ru_RU`, `pt-BR` → `pt_BR`, `ja` → `ja_JP`: the likeliest territory
 * from `Intl.Locale#maximize`, as Open Graph wants one. `undefined` when no territory is known.
 */
export function ogLocale(tag: string): string | undefined {
  if (!locales.has(tag)) locales.set(tag, findOgLocale(tag));
  return locales.get(tag);
}

// Looked up once per language, not once per page.
const locales = new Map<string, string | undefined>();

function findOgLocale(tag: string): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  return locale.region ? `${locale.language}_${locale.region}` : undefined;
}
