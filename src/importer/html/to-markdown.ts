/**
 * HTML → Markdown with turndown and its GitHub-flavoured plugin (tables, strikethrough), in the
 * shapes our raw copies use: ATX headings, `-` bullets, fenced code, inline links. Placeholder
 * links (`<a href="#">AFP</a>`) become their text, as in raw copies.
 */
import { gfm } from '@joplin/turndown-plugin-gfm';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { isPlaceholderHref } from '../../lib/urls';
import { mergeAdjacentEmphasis } from './adjacent-emphasis';
import { addInlineRules } from './inline-rules';
import { escapeMore } from './markdown-escapes';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.use(gfm);
  addInlineRules(service);
  const escape = service.escape.bind(service);
  service.escape = (text) => escapeMore(escape(text));
  service.addRule('placeholder-links', {
    filter: (node) => node.nodeName === 'A' && isPlaceholderHref(node.getAttribute('href')),
    replacement: (content) => content,
  });
  return service;
}

// Only a fragment where one emphasis element closes right before another needs the DOM pass.
const ADJACENT_EMPHASIS = /<\/(?:strong|b|em|i)>\s*<(?:strong|b|em|i)[\s>]/i;

function withMergedEmphasis(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  mergeAdjacentEmphasis(document.body);
  return document.body.innerHTML;
}

/** Markdown for an HTML fragment, with runs of blank lines collapsed and the ends trimmed. */
export function htmlToMarkdown(html: string): string {
  return turndown()
    .turndown(ADJACENT_EMPHASIS.test(html) ? withMergedEmphasis(html) : html)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
