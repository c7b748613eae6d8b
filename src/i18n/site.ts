/**
 * The two languages of a page (docs/settings.md#languages): the site's chrome speaks the site's
 * interface language; an article's own chrome speaks the article's language when there is a
 * catalog for it, else the site's.
 */
import settings from 'virtual:broadsheet/settings';
import { type Translator, translatorFor } from './translate';

function siteTranslator(): Translator {
  const translator = translatorFor(settings.lang);
  // The settings schema only accepts languages with a catalog.
  if (!translator) throw new Error(`no interface catalog for ${settings.lang}`);
  return translator;
}

/** The site's interface language. */
export const siteT: Translator = siteTranslator();

/** The language of an article's own chrome: the article's, else the site's. */
export function articleT(lang: string): Translator {
  return translatorFor(lang) ?? siteT;
}
