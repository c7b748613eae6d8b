import { describe, expect, test } from 'vitest';
import { rawText } from '../../../src/markdown/rehype-raw-bounded';
import { renderArticle } from './render';

describe('rehype-raw-bounded', () => {
  test.each([
    ['<b>bold</b> text', 'bold text'],
    ['a<!-- hidden -->b', 'ab'],
    ['a<script>alert(1)</script>b<style>x{}</style>c', 'abc'],
    ['<img src=x onerror=alert(1)>a', 'a'],
    ['a <!-- unclosed', 'a '],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
  ])('should read the text of %j as %j', (html, text) => {
    expect(rawText(html)).toBe(text);
  });

  test.each([
    ['<span>', 5000],
    ['<div>', 5000],
    ['<em><b>', 3000],
  ])('should render %s nested %i deep in raw HTML as its text', { timeout: 60_000 }, async (open, depth) => {
    const html = await renderArticle(`Start ${open.repeat(depth)}deep <script>alert(1)</script>text`);
    expect(html).toBe('<p>Start deep alert(1)text</p>');
  });
});
