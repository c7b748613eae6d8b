/**
 * What must hold of every element of an article body, however hostile its Markdown: the checks the
 * hostile unit test runs on the pipeline's output and the end-to-end test on the built pages.
 */
import type { Element } from 'hast';

/** Every way `elements` could run script, load something off-site or clobber a global. */
export function problems(elements: Element[]): string[] {
  const found: string[] = [];
  const forbidden = new Set([
    'script',
    'iframe',
    'object',
    'embed',
    'form',
    'style',
    'base',
    'meta',
    'link',
    'svg',
    'math',
    'frame',
    'frameset',
    'video',
    'audio',
    'source',
    'picture',
    'input',
    'button',
    'textarea',
    'select',
    'template',
    'noscript',
    'plaintext',
    'xmp',
    'map',
    'area',
    'footer',
    'main',
    'article',
  ]);
  for (const el of elements) {
    if (forbidden.has(el.tagName)) found.push(`<${el.tagName}> element`);
    for (const [name, value] of Object.entries(el.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(name)) found.push(`${name} on <${el.tagName}>`);
      if (name === 'style') found.push(`style on <${el.tagName}>`);
      if (
        ['srcSet', 'ping', 'background', 'poster', 'formAction', 'action', 'target', 'useMap'].includes(name)
      ) {
        found.push(`${name} on <${el.tagName}>`);
      }
      // Off-site only over http(s) or mail; same-site paths are left to the site (root-relative-links).
      const offsite = /^[a-z][a-z\d+.-]*:|^[\s/\\]{2}/i.test(text);
      if (name === 'href' && offsite && !/^(https?:\/\/[^/]|mailto:)/.test(text))
        found.push(`href="${text}"`);
      if (
        name === 'src' &&
        (/^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith('/') || text.startsWith('\\'))
      ) {
        found.push(`src="${text}"`);
      }
      if ((name === 'id' || name === 'name') && !text.startsWith('user-content-')) {
        found.push(`${name}="${text}" on <${el.tagName}>`);
      }
    }
    if (el.tagName === 'a' && /^https?:/.test(String(el.properties['href']))) {
      const rel = el.properties['rel'];
      if (!Array.isArray(rel) || !rel.includes('noopener') || !rel.includes('noreferrer')) {
        found.push(`external link without rel="noopener noreferrer"`);
      }
    }
  }
  return found;
}
