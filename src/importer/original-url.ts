/**
 * The `Original url:` block that closes a raw copy: the address on the same line or on the next
 * non-blank line, bare, in `<...>` or as a Markdown link. Scrapers word the label differently:
 * `Source:`, `URL Source:` (r.jina.ai), `Canonical URL:`, `Originally published at`.
 */
import { findLinks } from './links';
import { unwrapEmphasis } from './text';

const LABEL =
  /^(?:\*\*|__)?\s*(?:(?:original\s+(?:url|link|article|address)|(?:url\s+)?source(?:\s+url)?|canonical(?:\s+url)?)\s*:|originally\s+published\s+(?:at|on|in)\b:?)\s*(?:\*\*|__)?\s*/i;

const CJK_LABEL =
  /^(?:>\s*)?(?:\*\*|__)?\s*(?:来源|來源|原文链接|原文鏈接|原文地址|原文|出处|出處)\s*(?:\*\*|__)?\s*[:：]\s*/u;

/** The address written in `text`, or `undefined` if it holds something else. */
export function readAddress(text: string): string | undefined {
  const value = unwrapEmphasis(text.trim());
  const angled = /^<([^<>\s]+)>$/.exec(value);
  if (angled?.[1]) return angled[1];
  const links = findLinks(value);
  if (links.length === 1 && links[0] && /^\[[^\]]*\]\([^)]*\)$/.test(value)) return links[0].href;
  if (/^\S+:\/\/\S+$/.test(value)) return value;
  return undefined;
}

/**
 * Reads a line as the start of the original-URL block. `address` is set when the line carries it;
 * otherwise the address is expected on the next non-blank line.
 */
export function parseOriginalUrlLabel(line: string): { address?: string } | undefined {
  // `> **来源**: [Headline](https://…)`: Chinese labels count only with the address beside them.
  const cjk = CJK_LABEL.exec(line);
  if (cjk) {
    const address = readAddress(line.slice(cjk[0].length));
    return address === undefined ? undefined : { address };
  }
  const text = unwrapEmphasis(line);
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  if (rest === '') return {};
  const address = readAddress(rest);
  return address === undefined ? undefined : { address };
}
