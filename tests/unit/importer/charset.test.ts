import { describe, expect, test } from 'vitest';
import { decodeInput } from '../../../src/importer/charset';

const page = (charset: string, body: number[]) =>
  Uint8Array.from([
    ...Buffer.from(`<html><head><meta charset="${charset}"></head><body>`, 'latin1'),
    ...body,
  ]);

describe('decodeInput', () => {
  test.each([
    ['UTF-8 without a declaration', Uint8Array.from(Buffer.from('Москва')), 'Москва'],
    ['windows-1251', page('windows-1251', [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]), 'Москва'],
    ['Shift_JIS', page('Shift_JIS', [0x93, 0x8c, 0x8b, 0x9e]), '東京'],
    ['an unknown label, read as UTF-8', page('x-unknown', [...Buffer.from('Москва')]), 'Москва'],
  ])('should read %s', (_what, bytes, expected) => {
    expect(decodeInput(bytes)).toContain(expected);
  });

  test('should keep a BOM-marked file UTF-8 whatever it declares', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...page('windows-1251', [...Buffer.from('é')])]);
    expect(decodeInput(bytes)).toContain('é');
  });
});
