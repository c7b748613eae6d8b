// The fields of a saved page as it prints them: headline, byline, date, publisher, decoded text.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { decodeReferences } from '../../../src/importer/html/decode';
import { headerElements } from '../../../src/importer/html/header-region';
import { chooseHeadline } from '../../../src/importer/html/headline';
import { findPrintedByline } from '../../../src/importer/html/printed-byline';
import { findPrintedDate } from '../../../src/importer/html/printed-date';
import { choosePublisher } from '../../../src/importer/html/publisher';
import { siteKeys } from '../../../src/importer/site-name';

const page = (body: string) =>
  parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
const keys = siteKeys(['The Gazette'], 'https://www.gazette.example/a');

describe('chooseHeadline', () => {
  test.each([
    [
      'the <h1> a title confirms once the site name is gone',
      '<h1>The Gazette</h1><article><h1>Fares frozen for a year</h1></article>',
      [{ text: 'Fares frozen for a year - The Gazette', from: 'the page title' }],
      'Fares frozen for a year',
    ],
    [
      'the printed <h1> over a title rewritten for search that keeps its names',
      '<h1>The Disappearance of John M. Ford</h1>',
      [{ text: 'John M. Ford’s books are being republished, but how did he vanish?', from: 'og:title' }],
      'The Disappearance of John M. Ford',
    ],
    [
      'the stated title without the site name when no <h1> is confirmed',
      '<h1>Why Reindeer Herders Protest</h1>',
      [{ text: 'Early reviews of a game service are not great | The Gazette', from: 'og:title' }],
      'Early reviews of a game service are not great',
    ],
  ])('should take %s', (_what, body, titles, expected) => {
    expect(chooseHeadline(page(body), titles, keys)?.text).toBe(expected);
  });
});

describe('findPrintedByline', () => {
  const byline = (body: string, dayFirst = false) => {
    const document = page(body);
    return findPrintedByline(headerElements(document, 'Fares frozen'), dayFirst);
  };

  test.each([
    ['<h1>Fares frozen</h1><p>By Jeff Foust — November 18, 2019</p>', 'Jeff Foust', '2019-11-18'],
    [
      '<h1>Fares frozen</h1><p>Posted by Ann Lee on Nov 19, 2019, 6:21 AM EST</p>',
      'Ann Lee',
      '2019-11-19T06:21-05:00',
    ],
    ['<h1>Fares frozen</h1><p>Von Moritz Bach publiziert am 30. Juli 2018</p>', 'Moritz Bach', '2018-07-30'],
    ['<h1>Fares frozen</h1><p>Posted on March 30, 2015 by Admin</p>', 'Admin', '2015-03-30'],
    [
      '<h1>Fares frozen</h1><div class="meta"><a class="author">Tom Field</a><span>Reporter</span></div>',
      'Tom Field',
      undefined,
    ],
    [
      '<h1>Fares frozen</h1><span class="byline">By <a rel="author">Jane Doe</a> and Omar Haddad</span>',
      'Jane Doe and Omar Haddad',
      undefined,
    ],
    ['<h1>Fares frozen</h1><div class="author">by <a>jdadmin</a></div>', 'jdadmin', undefined],
    [
      '<h1>Fares frozen</h1><p class="byline">By <span>Sean Martin</span> <span>Sean Martin</span></p>',
      'Sean Martin',
      undefined,
    ],
  ])('should read %j', (body, expected, published) => {
    const found = byline(body);
    expect(found?.byline.byline).toBe(expected);
    expect(found?.published).toBe(published);
  });

  test('should read a slashed date day first where the language writes it so', () => {
    const body = '<h1>Fares frozen</h1><p>05/10/2018 - Publicado por: Clara Borba - Categoria: Cultura</p>';
    expect(byline(body, true)).toMatchObject({ byline: { byline: 'Clara Borba' }, published: '2018-10-05' });
  });

  test('should not take prose that starts with "By", nor a byline outside the header', () => {
    expect(
      byline(
        '<h1>Fares frozen</h1><p>By the time the ferry left, the harbour was empty and the town asleep.</p>',
      ),
    ).toBeUndefined();
    expect(byline(`<h1>Fares frozen</h1><p>${'Story. '.repeat(600)}</p><p>By Ann Lee</p>`)).toBeUndefined();
  });
});

describe('findPrintedDate', () => {
  test.each([
    [
      '<h1>Fares frozen</h1><time datetime="2019-11-19 02:24:00 UTC">Nov 18</time>',
      { published: '2019-11-19T02:24:00Z' },
    ],
    ['<h1>Fares frozen</h1><p><b>21/6/2019</b></p>', { published: '2019-06-21' }],
    [
      '<div><dl><dt>Fares frozen</dt></dl>기사입력 :[ 2018-08-25 15:24 ]<p>Story.</p></div>',
      { published: '2018-08-25T15:24' },
    ],
  ])('should read the date in %j', (body, expected) => {
    const document = page(body);
    expect(findPrintedDate(headerElements(document, 'Fares frozen'))).toMatchObject(expected);
  });
});

describe('choosePublisher', () => {
  test.each([
    [['Aktuálně.cz - Víte, co se právě děje'], 'https://sport.aktualne.cz/a', 'Aktuálně.cz'],
    [['The Jerusalem Post | JPost.com'], 'https://www.jpost.com/a', 'The Jerusalem Post'],
    [['Expert advice for riders', 'Rider Magazine'], 'https://ridermagazine.example/a', 'Rider Magazine'],
    [['Ediciones El Diario S.L.'], 'https://eldiario.example/a', 'Ediciones El Diario'],
  ])('should name the outlet of %j', (names, source, expected) => {
    expect(choosePublisher(names, source)).toBe(expected);
  });
});

describe('decodeReferences', () => {
  test('should decode character references once, and leave text without them alone', () => {
    expect(decodeReferences('&#8216;Quoted&#8217; &quot;twice&quot; &amp;amp;')).toBe(
      '‘Quoted’ "twice" &amp;',
    );
    expect(decodeReferences('5 < 6 & 7')).toBe('5 < 6 & 7');
  });
});
