import { describe, expect, test } from 'vitest';
import { parseOriginalUrlLabel, readAddress } from '../../../src/importer/original-url';

describe('parseOriginalUrlLabel', () => {
  test.each([
    ['Original url:', {}],
    ['Original URL:', {}],
    ['**Original url:**', {}],
    ['Original url: <https://a.example/x>', { address: 'https://a.example/x' }],
    ['Original url: https://a.example/x', { address: 'https://a.example/x' }],
    ['Original url: [https://a.example/x](https://a.example/x)', { address: 'https://a.example/x' }],
    ['Source: https://a.example/x', { address: 'https://a.example/x' }],
    ['URL Source: https://a.example/x', { address: 'https://a.example/x' }],
    ['Canonical URL: <https://a.example/x>', { address: 'https://a.example/x' }],
    ['Originally published at https://a.example/x', { address: 'https://a.example/x' }],
    ['*Originally published on [a.example](https://a.example/x)*', { address: 'https://a.example/x' }],
    ['> **来源**: [新闻标题](https://a.example/x)', { address: 'https://a.example/x' }],
    ['原文链接：https://a.example/x', { address: 'https://a.example/x' }],
  ])('should read %j', (line, expected) => {
    expect(parseOriginalUrlLabel(line)).toEqual(expected);
  });

  test.each([
    'Source: Reuters',
    '来源：新华社',
    '来源：',
    'The original url was lost.',
    'Original url: see above',
    'Originally published in The Daily Example on June 8.',
  ])('should not read %j', (line) => {
    expect(parseOriginalUrlLabel(line)).toBeUndefined();
  });
});

describe('readAddress', () => {
  test.each([
    ['<https://a.example/x>', 'https://a.example/x'],
    ['https://a.example/x', 'https://a.example/x'],
    ['[link](https://a.example/x)', 'https://a.example/x'],
    ['not an address', undefined],
  ])('%j → %s', (text, address) => {
    expect(readAddress(text)).toBe(address);
  });
});
