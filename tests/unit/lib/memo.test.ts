import { describe, expect, test } from 'vitest';
import { perKey } from '../../../src/lib/memo';

describe('perKey', () => {
  test('should work a key out once, and remember undefined answers too', () => {
    const asked: string[] = [];
    const lookup = perKey((key) => {
      asked.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    });
    expect(['en', 'ar', 'en', 'none', 'none', 'ar'].map(lookup)).toEqual([
      'EN',
      'AR',
      'EN',
      undefined,
      undefined,
      'AR',
    ]);
    expect(asked).toEqual(['en', 'ar', 'none']);
  });
});
