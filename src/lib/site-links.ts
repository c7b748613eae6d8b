/**
 * The links of the header's navigation and of the footer: the site's own sections, its static
 * pages (content/pages/) and the links of the settings, each where it asked to be.
 */
import { siteT } from '../i18n/site';
import { getSitePages } from './pages';
import { sitePath } from './paths';
import { settings } from './site';

export interface SiteLink {
  href: string;
  text: string;
  /** The section of the site it opens (`tags`…), to mark the page the reader is on. */
  section?: string | undefined;
  /** Its text's language when it is not the site's (a page written in another). */
  lang?: string | undefined;
  /** Whether it leaves the site. */
  external?: boolean | undefined;
}

function settingsLink(href: string, text: string): SiteLink {
  return href.startsWith('/')
    ? { href: sitePath(href), text, section: href.replace(/^\/+|\/+$/g, '') }
    : { href, text, external: true };
}

async function pageLinks(place: 'header' | 'footer'): Promise<SiteLink[]> {
  return (await getSitePages())
    .filter((page) => page.data.menu === place)
    .map((page) => ({
      href: sitePath(`${page.id}/`),
      text: page.data.label ?? page.data.title,
      section: page.id,
      ...(page.data.lang && page.data.lang !== settings.lang ? { lang: page.data.lang } : {}),
    }));
}

const links = (place: 'header' | 'footer') =>
  settings.links.filter((link) => link.place === place).map((link) => settingsLink(link.href, link.label));

/** The header's navigation: home, the index pages, header pages and links; search comes apart. */
export async function headerLinks(): Promise<SiteLink[]> {
  const t = siteT;
  return [
    { href: sitePath(), text: t.t('nav.home'), section: '' },
    { href: sitePath('tags/'), text: t.t('nav.tags'), section: 'tags' },
    { href: sitePath('publishers/'), text: t.t('nav.publishers'), section: 'publishers' },
    { href: sitePath('months/'), text: t.t('nav.months'), section: 'months' },
    ...(await pageLinks('header')),
    ...links('header'),
  ];
}

/** The footer's links: footer pages and links. */
export async function footerLinks(): Promise<SiteLink[]> {
  return [...(await pageLinks('footer')), ...links('footer')];
}

/** The section a page belongs to, from its path: `''` for the home page and its pages, else the first folder. */
export function sectionOf(pathname: string): string {
  const path = pathname.replace(/^\/+/, '').replace(/index\.html$/, '');
  const first = path.split('/')[0] ?? '';
  return /^\d+$/.test(first) ? '' : first;
}
