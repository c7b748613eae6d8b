import { describe, expect, test } from 'vitest';
import type { ArticleDraft } from '../../../src/importer/draft';
import { findLocalImages, type FindImage, localImageRefs } from '../../../src/importer/local-images';

describe('localImageRefs', () => {
  test.each([
    ['![Tram](./tram.jpg)', [{ src: './tram.jpg', alt: 'Tram' }]],
    ['Text ![Tram](<photos/a b.png> "Title") text.', [{ src: 'photos/a b.png', alt: 'Tram' }]],
    ['![Tram][t]\n\n[t]: ./tram.jpg', [{ src: './tram.jpg', alt: 'Tram' }]],
    ['![One](./a.jpg)\n\n![Two](./a.jpg)', [{ src: './a.jpg', alt: 'One' }]],
    ['| a |\n| - |\n| ![In a table](x.png) |', [{ src: 'x.png', alt: 'In a table' }]],
    ['![](../../etc/passwd)', [{ src: '../../etc/passwd', alt: '' }]],
  ])('should list the local pictures of %j', (body, expected) => {
    expect(localImageRefs(body)).toEqual(expected);
  });

  test.each([
    ['a picture on the web', '![Tram](https://a.example/tram.jpg)'],
    ['a picture at the root of a host', '![Tram](/tram.jpg)'],
    ['a protocol-relative picture', '![Tram](//evil.example/tram.jpg)'],
    ['a data URL', '![Tram](data:image/png;base64,AAAA)'],
    ['code', '`![Tram](./tram.jpg)`\n\n    ![Tram](./tram.jpg)'],
    ['a link, not a picture', '[Tram](./tram.jpg)'],
    ['raw HTML, which the site never loads', '<img src="./tram.jpg" alt="Tram">'],
  ])('should list none in %s', (_what, body) => {
    expect(localImageRefs(body)).toEqual([]);
  });
});

describe('findLocalImages', () => {
  const draft = (body: string, image?: ArticleDraft['image']): ArticleDraft => ({
    title: 'T',
    body,
    related: [],
    warnings: [],
    ...(image && { image }),
  });
  const find: FindImage = (src) =>
    src.includes('missing') ? { problem: `no such file: ${src}` } : { file: `/copy/${src}`, name: src };

  test('should give the lead photo its file and list the body pictures once each', () => {
    const d = draft('![A](a.jpg) ![B](b.jpg) ![A again](a.jpg)', { localSrc: 'lead.jpg', alt: 'Lead' });
    findLocalImages(d, find);
    expect(d.image).toEqual({ alt: 'Lead', file: '/copy/lead.jpg', name: 'lead.jpg' });
    expect(d.bodyFiles).toEqual([
      { from: '/copy/a.jpg', name: 'a.jpg' },
      { from: '/copy/b.jpg', name: 'b.jpg' },
    ]);
  });

  test('should leave a copy without local pictures alone, even with nothing to find them', () => {
    const d = draft('![Web](https://a.example/p.jpg)');
    findLocalImages(d, undefined);
    expect(d).toEqual(draft('![Web](https://a.example/p.jpg)'));
  });

  test('should refuse with every problem, each naming its reference once', () => {
    // The lead photo named again in the body is reported once.
    const d = draft('![](a.jpg)\n\n![M](missing.jpg) ![L](missing-lead.jpg)', {
      localSrc: 'missing-lead.jpg',
      alt: 'L',
    });
    let message = '';
    try {
      findLocalImages(d, find);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      [
        'the pictures it names must be image files beside it:',
        '  image "missing-lead.jpg": no such file: missing-lead.jpg',
        '  image "a.jpg": has no alt text: describe the picture in ![…](…)',
        '  image "missing.jpg": no such file: missing.jpg',
      ].join('\n'),
    );
  });
});
