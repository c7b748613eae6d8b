import { expect, test } from 'vitest';
import { problemList } from '../../../src/loaders/content-error';

test('should count one problem in the singular', () => {
  expect(problemList('Invalid content', ['a.md: title: is required'])).toBe(
    'Invalid content (1 problem):\na.md: title: is required',
  );
});

test('should count several problems in the plural', () => {
  expect(problemList('Invalid pages', ['a.md: x', 'b.md: y'])).toBe('Invalid pages (2 problems):\na.md: x\nb.md: y');
});
