/** Open Graph's `og:locale` (`language_TERRITORY`) from a BCP 47 language tag. */
import { perKey } from '../memo';

function findOgLocale(tag: string): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  return locale.region ? `${locale.language}_${locale.region}` : undefined;
}

/**
 * `en` → `en_US`, `ru` → `ru_RU`, `pt-BR` → `pt_BR`, `ja` → `ja_JP`: the likeliest territory
 * from `Intl.Locale#maximize`, as Open Graph wants one. `undefined` when no territory is known.
 */
export const ogLocale = perKey(findOgLocale);
