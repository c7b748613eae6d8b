import { describe, expect, test } from 'vitest';
import { pageFolder } from '../../src/integrations/portable/page-folder';

describe('pageFolder', () => {
  test.each([
    ['/', ''],
    ['/articles/x', 'articles/x/'],
    ['/articles/x/', 'articles/x/'],
    ['/tags/%E4%BA%A4%E9%80%9A/2', 'tags/交通/2/'],
    ['/404', ''],
    ['/404.html', ''],
    ['/docs/page.html', 'docs/'],
  ])('should place %s in the folder %j', (pathname, folder) => {
    expect(pageFolder(pathname)).toBe(folder);
  });
});
