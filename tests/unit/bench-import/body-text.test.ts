// What the bench scores of a body: the words a reader sees, blocks kept apart.
import { expect, test } from 'vitest';
import { bodyText } from '../../../scripts/bench-import/body-text';

test('should keep link text, drop addresses, pictures and syntax, and keep blocks apart', () => {
  const markdown =
    '## Heading\nFirst [link](https://example.com/a) **bold**\n\n![alt](x.jpg)\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |';
  expect(bodyText(markdown)).toBe('Heading\n\nFirst link bold\n\n\n\none\n\ntwo\n\na b\n\nc d');
});
