/**
 * The one script of `404.html`. Hosts serve that page at whatever address was missing, so its
 * relative links would point below that address. The script finds the site's root (the nearest
 * folder above that really holds a `404.html`) and points the page's links there. From disk, or
 * without scripts, the links stay relative to the root, where the file itself lives.
 */
export const NOT_FOUND_SCRIPT = `(() => {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const folders = [];
  for (let dir = location.pathname.replace(/[^/]*$/, ''); ; dir = dir.replace(/[^/]*\\/$/, '')) {
    folders.push(dir);
    if (dir === '/' || dir === '') break;
  }
  const internal = (href) => !/^([a-z][a-z\\d+.-]*:|\\/\\/|#)/i.test(href);
  (async () => {
    for (const dir of folders) {
      const response = await fetch(dir + '404.html', { method: 'HEAD', cache: 'no-store' }).catch(() => null);
      if (!response || !response.ok) continue;
      const root = new URL(dir, location.origin);
      for (const link of document.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href');
        if (internal(href)) link.href = new URL(href, root).href;
      }
      return;
    }
  })();
})();`;
