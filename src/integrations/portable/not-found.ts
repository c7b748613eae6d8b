/**
 * `404.html` is served at any missing address, at any depth, so relative URLs in it cannot be
 * trusted. Its stylesheets are inlined and allowed by hash in its CSP, and a small script (also
 * allowed by hash) rebases its links on the site's root once it has found it. Its favicon is
 * inlined too (browsers fetch icons before any script could rebase them); the touch icon, of no
 * use on a missing page, is left out. `script` is ./not-found-script.ts with the build's hints.
 */
import { createHash } from 'node:crypto';
import { allowInCsp } from './csp';
import { applyEdits, type Edit, elements, escapeAttribute, getAttribute, parseHtml } from './html';
import { notFoundScript } from './not-found-script';

/** Icons up to this size are inlined in the 404 page (Broadsheet's own is 0.8 KB). */
const MAX_INLINE_ICON = 4096;

function iconData({ type, bytes }: { type: string; bytes: Buffer }): string {
  return `data:${type};base64,${bytes.toString('base64')}`;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The 404 page made independent of the address it is served at. `readStylesheet` returns the
 * text of a stylesheet from its URL as written in the page (root-relative), or `undefined`.
 */
export function portableNotFoundPage(
  html: string,
  readStylesheet: (href: string) => string | undefined,
  readIcon: (href: string) => { type: string; bytes: Buffer } | undefined = () => undefined,
  script: string = notFoundScript({ sections: [] }),
): string {
  const edits: Edit[] = [];
  const styleHashes: string[] = [];
  let policy: { start: number; end: number; value: string } | undefined;
  let bodyEnd: number | undefined;
  for (const element of elements(parseHtml(html))) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    const rel = getAttribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = getAttribute(element, 'href');
    if (element.tagName === 'link' && rel.includes('stylesheet') && href) {
      const css = readStylesheet(href);
      if (css === undefined) continue;
      // Inline styles end at the first `</style`; a stylesheet cannot contain one legitimately.
      const text = css.replace(/<\/style/gi, '<\\/style');
      styleHashes.push(sha256(text));
      edits.push({ start: location.startOffset, end: location.endOffset, text: `<style>${text}</style>` });
    }
    if (element.tagName === 'link' && (rel.includes('icon') || rel.includes('apple-touch-icon')) && href) {
      const icon = rel.includes('icon') ? readIcon(href) : undefined;
      // Small enough to inline; else none, rather than a request that fails at any depth.
      const inlined = icon && icon.bytes.length <= MAX_INLINE_ICON ? iconData(icon) : undefined;
      edits.push({
        start: location.startOffset,
        end: location.endOffset,
        text: inlined
          ? `<link rel="icon" href="${escapeAttribute(inlined)}" type="${escapeAttribute(icon?.type ?? '')}">`
          : '',
      });
    }
    const equiv = getAttribute(element, 'http-equiv')?.toLowerCase();
    const content = getAttribute(element, 'content');
    const contentAt = location.attrs?.['content'];
    if (element.tagName === 'meta' && equiv === 'content-security-policy' && content && contentAt) {
      policy = { start: contentAt.startOffset, end: contentAt.endOffset, value: content };
    }
    if (element.tagName === 'body') bodyEnd = location.endTag?.startOffset;
  }
  if (policy) {
    let csp = allowInCsp(policy.value, 'style-src', styleHashes);
    csp = allowInCsp(csp, 'script-src', [sha256(script)]);
    csp = allowInCsp(csp, 'connect-src', ["'self'"]);
    edits.push({ start: policy.start, end: policy.end, text: `content="${escapeAttribute(csp)}"` });
  }
  if (bodyEnd !== undefined) edits.push({ start: bodyEnd, end: bodyEnd, text: `<script>${script}</script>` });
  return applyEdits(html, edits);
}
