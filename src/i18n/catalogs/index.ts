/** Every interface catalog, by language tag, and how a page's language finds its catalog. */
import type { Catalog } from '../messages';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';
import { ru } from './ru';
import { uk } from './uk';
import { zh } from './zh';

export const CATALOGS: Readonly<Record<string, Catalog>> = { en, ru, uk, ar, fr, de, es, pt, zh, ja };

/** Language and script, the parts of a tag a catalog's text depends on (`zh-Hans`, `en-Latn`). */
function languageAndScript(tag: string): string | undefined {
  try {
    const { language, script } = new Intl.Locale(tag).maximize();
    return `${language}-${script ?? ''}`;
  } catch {
    return undefined;
  }
}

const byScript = new Map(Object.keys(CATALOGS).map((tag) => [languageAndScript(tag), tag]));

/** The catalog's own tag for a language tag (`pt-BR` → `pt`), or `undefined` when there is none. */
export function catalogTag(tag: string): string | undefined {
  const key = languageAndScript(tag);
  return key === undefined ? undefined : byScript.get(key);
}

/** The catalog for a language tag, or `undefined`. */
export function catalogFor(tag: string): Catalog | undefined {
  const own = catalogTag(tag);
  return own === undefined ? undefined : CATALOGS[own];
}
