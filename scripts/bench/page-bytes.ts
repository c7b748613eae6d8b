/** Bytes a reader downloads for one built page: its HTML, stylesheets and scripts, raw and compressed. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageBytes {
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

function sizes(buffers: Buffer[]): Bytes {
  return buffers.reduce(
    (sum, b) => ({
      raw: sum.raw + b.length,
      gzip: sum.gzip + gzipSync(b, { level: 9 }).length,
      brotli: sum.brotli + brotliCompressSync(b).length,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** Resolves the stylesheets and scripts a page references (relative or root-relative) inside `dist`. */
export function pageBytes(dist: string, page: string): PageBytes {
  const html = readFileSync(page);
  const text = html.toString();
  const local = (url: string) => {
    const path = url.split(/[?#]/)[0] ?? '';
    return path.startsWith('/') ? join(dist, path) : resolve(dirname(page), path);
  };
  const css = [...text.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*href="?([^"\s>]+)/g)].map((m) =>
    readFileSync(local(m[1] ?? '')),
  );
  const js = [...text.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => readFileSync(local(m[1] ?? '')));
  // Inline scripts that run (JSON-LD is data, not code).
  const inline = [
    ...text.matchAll(/<script(?![^>]*\b(?:src=|type="?application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => Buffer.from(m[1] ?? ''));
  return { html: sizes([html]), css: sizes(css), js: sizes([...js, ...inline]) };
}
