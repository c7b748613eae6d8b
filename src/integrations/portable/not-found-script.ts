/**
 * The one script of `404.html`. Hosts serve that page at whatever address was missing, so its
 * relative links would point below that address. The script finds the site's root and points
 * the page's links there. From disk, or without scripts, the links stay relative to the root,
 * where the file itself lives.
 *
 * Each folder it asks about that is not the root is a failed request, which browsers log as a
 * console error; so it first works out the root from what the build knows: the folder `SITE_URL`
 * names, and the folder above a name the site has at its root (`…/articles/gone/` is below the
 * root that holds `articles/`). Only then the host's root (where most sites are), then every
 * folder above the address, nearest first. A folder counts as the root only if its `404.html` is
 * this very page, not another site's.
 */

/** What the build knows about where the root may be. */
export interface RootHints {
  /** The names at the root of the built site (`articles`, `tags`, `index.html`…). */
  sections: string[];
  /** The path of `SITE_URL` (`/news/`), when it is set. */
  sitePath?: string;
}

/**
 * `rootCandidates(pathname, sections, sitePath)`: the folders to ask, in order, as paths of this
 * origin. Plain JavaScript, as it runs in the page; exported as text for its unit test.
 */
export const ROOT_CANDIDATES = `(pathname, sections, sitePath) => {
  const segments = pathname.split('/');
  const folders = [];
  for (let i = segments.length - 1; i >= 1; i -= 1) folders.push(segments.slice(0, i).join('/') + '/');
  const named = folders.filter((folder) => sections.includes(segments[folder.split('/').length - 1]));
  const known = sitePath && pathname.startsWith(sitePath) ? [sitePath] : [];
  // A path can only name a folder of this origin: \`//evil.example/a/\` is no host to ask.
  // The address itself is no root, even as a folder: the root would have answered it.
  return [...new Set([...known, ...named, '/', ...folders])].filter(
    (folder) => folder !== pathname && !folder.startsWith('//'),
  );
}`;

/** The script, with the build's hints written into it. */
export function notFoundScript({ sections, sitePath }: RootHints): string {
  const hints = `${JSON.stringify([...sections].sort())}, ${JSON.stringify(sitePath ?? '')}`;
  return `(() => {
  const self = document.currentScript && document.currentScript.textContent;
  if (!self || (location.protocol !== 'http:' && location.protocol !== 'https:')) return;
  const folders = (${ROOT_CANDIDATES})(location.pathname, ${hints});
  const internal = (href) => !/^([a-z][a-z\\d+.-]*:|\\/\\/|#)/i.test(href);
  (async () => {
    for (const dir of folders) {
      const root = new URL(dir, location.origin);
      if (root.origin !== location.origin) continue;
      const response = await fetch(new URL('404.html', root), { cache: 'no-store' }).catch(() => null);
      if (!response || !response.ok || !(await response.text()).includes(self)) continue;
      for (const link of document.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href');
        if (internal(href)) link.href = new URL(href, root).href;
      }
      return;
    }
  })();
})();`;
}
