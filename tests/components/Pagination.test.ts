import { describe, expect, test } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { render, visibleText } from './render';

/** The links of the navigation, as `label | href`. */
function links(doc: Document): string[] {
  return [...doc.querySelectorAll('nav a')].map((a) => `${visibleText(a)} | ${a.getAttribute('href')}`);
}

/** A page of a list showing articles published on `dates`, newest first. */
const page = (dates: string[], links: { newer?: string; older?: string } = {}) => ({
  items: dates.map((published) => ({ data: { published } })),
  ...links,
});

describe('Pagination', () => {
  test('should render nothing when the whole list is on its home', async () => {
    const doc = await render(Pagination, { page: page(['2025-06-15', '2025-03-02']) });
    expect(doc.querySelector('nav')).toBeNull();
  });

  test.each([
    { on: 'the home', links: { older: '/199/' }, expected: ['Older → | /199/'] },
    {
      on: 'an archive page',
      links: { newer: '/8/', older: '/6/' },
      expected: ['← Newer | /8/', 'Older → | /6/'],
    },
    { on: 'the oldest page', links: { newer: '/' }, expected: ['← Newer | /'] },
  ])('should offer $expected on $on', async ({ links: around, expected }) => {
    const doc = await render(Pagination, { page: page(['2025-06-15', '2025-03-02'], around) });
    expect(links(doc)).toEqual(expected);
  });

  test('should say which dates the page spans, oldest to newest, not how many pages there are', async () => {
    const doc = await render(Pagination, {
      page: page(['2025-06-15T10:00:00Z', '2025-04-01', '2025-03-02'], { newer: '/', older: '/1/' }),
    });
    expect(visibleText(doc.querySelector('nav > :nth-child(2)'))).toBe(
      'Articles from March 2, 2025 to June 15, 2025',
    );
    const times = [...doc.querySelectorAll('nav time')].map((time) => time.getAttribute('datetime'));
    expect(times).toEqual(['2025-03-02', '2025-06-15T10:00:00Z']);
  });

  test('should name one day once', async () => {
    const doc = await render(Pagination, { page: page(['2025-06-15', '2025-06-15'], { older: '/1/' }) });
    expect(visibleText(doc.querySelector('nav > :nth-child(2)'))).toBe('Articles of June 15, 2025');
  });

  test('should be a labelled navigation landmark with prev/next relations', async () => {
    const doc = await render(Pagination, { page: page(['2025-06-15'], { newer: '/', older: '/3/' }) });
    expect(doc.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages');
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/3/');
  });
});
