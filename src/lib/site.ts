/** The site's settings (`broadsheet({...})` in astro.config.mjs), with their language defaults. */
import settings from 'virtual:broadsheet/settings';
import { siteT } from '../i18n/site';

export { settings };

/** The site's name: masthead, titles, previews, feeds, cards. */
export const siteName = settings.name;

/** What the site is, in one sentence. */
export const siteDescription = settings.description ?? siteT.t('site.description');

/** The line at the foot of every page. */
export const footerText = settings.footer ?? siteT.t('site.footer', { name: siteName });

/** A page's `<title>`: its own name, then the site's. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${siteName}` : siteName;
}
