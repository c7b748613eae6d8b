import { describe, expect, test } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { render, visibleText } from './render';

/** The links of the navigation, as `label | href`. */
function links(doc: Document): string[] {
  return [...doc.querySelectorAll('nav a')].map((a) => `${visibleText(a)} | ${a.getAttribute('href')}`);
}

describe('Pagination', () => {
  test('should render nothing when everything fits on one page', async () => {
    const doc = await render(Pagination, { current: 1, last: 1 });
    expect(doc.querySelector('nav')).toBeNull();
  });

  test.each([
    { current: 1, last: 200, next: '/2', prev: undefined, expected: ['Older → | /2'] },
    { current: 7, last: 200, next: '/8', prev: '/6', expected: ['← Newer | /6', 'Older → | /8'] },
    { current: 200, last: 200, next: undefined, prev: '/199', expected: ['← Newer | /199'] },
  ])('should offer $expected on page $current of $last', async ({ expected, ...props }) => {
    const doc = await render(Pagination, props);
    expect(links(doc)).toEqual(expected);
    expect(visibleText(doc.querySelector('nav'))).toContain(`Page ${props.current} of ${props.last}`);
  });

  test('should be a labelled navigation landmark with prev/next relations', async () => {
    const doc = await render(Pagination, { current: 2, last: 3, prev: '/', next: '/3' });
    expect(doc.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages');
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/3');
  });
});
