import { describe, expect, test } from 'vitest';
import { isRoleLine } from '../../../src/importer/byline';
import { withoutBylineClutter } from '../../../src/importer/byline-markup';

describe('withoutBylineClutter', () => {
  test.each([
    [
      'By [Jane Doe](https://n.example/people/jane-doe)Business Columnist',
      'By [Jane Doe](https://n.example/people/jane-doe)',
    ],
    [
      'By [Jane Doe](https://n.example/a/jd)[@janedoe](https://social.example/janedoe) Nov 18, 2019',
      'By [Jane Doe](https://n.example/a/jd) Nov 18, 2019',
    ],
    [
      'By [Jane Doe](https://n.example/j/1) [Jane Doe](https://n.example/story)',
      'By [Jane Doe](https://n.example/j/1)',
    ],
    [
      'By [Staff Reports](https://n.example/author/staff/) -',
      'By [Staff Reports](https://n.example/author/staff/)',
    ],
    ['By Jane Doe - Staff Writer', 'By Jane Doe'],
    ['Jane Doe [jane@n.example](mailto:jane@n.example)', 'Jane Doe'],
    [
      '[by Jane Doe](https://n.example/author/jd/) [0 Comments](https://n.example/story#comments)',
      '[by Jane Doe](https://n.example/author/jd/)',
    ],
    ['By Anna Petrova, Staff Writer', 'By Anna Petrova, Staff Writer'],
    ['By Jean-Paul Sartre - Paris', 'By Jean-Paul Sartre - Paris'],
  ])('%j → %j', (line, expected) => {
    expect(withoutBylineClutter(line, isRoleLine)).toBe(expected);
  });
});
