import { expect, test } from 'vitest';
import { withoutControlCharacters } from '../../../src/markdown/rehype-control-characters';
import { renderArticle } from './render';

const CONTROLS = ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f'];

test.each(CONTROLS)('should leave no %j in a rendered body, nor in its attributes', async (control) => {
  const html = await renderArticle(`Heat${control}wave [link](https://example.com/ "a${control}b")`);
  expect(html).not.toContain(control);
  expect(html).toContain('wave');
});

test('should keep tabs and line breaks, and turn vertical tab and form feed into spaces', () => {
  expect(withoutControlCharacters('a\tb\nc\r\nd\u000be\u000cf\u0001g')).toBe('a\tb\nc\r\nd e fg');
});
