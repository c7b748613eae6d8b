import { describe, expect, test } from 'vitest';
import { datesMentioned, parseDateLine } from '../../../src/importer/dates';

describe('parseDateLine', () => {
  test.each([
    ['July 01, 2025', { published: '2025-07-01' }],
    ['Nov. 4, 2026', { published: '2026-11-04' }],
    ['Sept. 12, 2026', { published: '2026-09-12' }],
    ['Monday, June 8, 2026', { published: '2026-06-08' }],
    ['4 November 2026', { published: '2026-11-04' }],
    ['2026-11-04', { published: '2026-11-04' }],
    ['08.06.2026', { published: '2026-06-08' }],
    ['Published 8.6.2026, 10:45', { published: '2026-06-08T10:45' }],
    ['06/08/2026', { published: '2026-06-08' }],
    ['8th June 2026', { published: '2026-06-08' }],
    ['Updated 10:45 AM EDT, Mon June 8, 2026', { updated: '2026-06-08T10:45-04:00' }],
    ['July 01, 2025 10:45 am', { published: '2025-07-01T10:45' }],
    ['July 01, 2025, 10:45 p.m.', { published: '2025-07-01T22:45' }],
    ['Nov. 4, 2026, 12:20 p.m. UTC', { published: '2026-11-04T12:20Z' }],
    ['June 8, 2026 at 9:05 a.m. EST', { published: '2026-06-08T09:05-05:00' }],
    ['4 November 2026 14:30 +03:00', { published: '2026-11-04T14:30+03:00' }],
    ['2026-11-04T10:45:00Z', { published: '2026-11-04T10:45:00Z' }],
    ['Published: July 1, 2025', { published: '2025-07-01' }],
    ['Updated: July 2, 2025', { updated: '2025-07-02' }],
    [
      'Published July 1, 2025 | Updated July 2, 2025 8:00 am',
      { published: '2025-07-01', updated: '2025-07-02T08:00' },
    ],
    ['June 18, 2025 8:02 PM UTC Updated 2 hours ago', { published: '2025-06-18T20:02Z' }],
    ['July 1, 2025 · Updated an hour ago', { published: '2025-07-01' }],
    ['1 июля 2025', { published: '2025-07-01' }],
    ['12 марта 2026, 10:45', { published: '2026-03-12T10:45' }],
    ['12 مارس 2026', { published: '2026-03-12' }],
    ['١٢ مارس ٢٠٢٦', { published: '2026-03-12' }],
    ['4 novembre 2026', { published: '2026-11-04' }],
    ['4. November 2026', { published: '2026-11-04' }],
    ['4 de noviembre de 2026', { published: '2026-11-04' }],
    ['2026年11月4日', { published: '2026-11-04' }],
    ['Опубликовано: 1 июля 2025', { published: '2025-07-01' }],
    ['08.06.2026 - Update : 09.06.2026', { published: '2026-06-08', updated: '2026-06-09' }],
    ['08.06.2026. 06:20h', { published: '2026-06-08T06:20' }],
    ['4 novembre 2026 à 14h30', { published: '2026-11-04T14:30' }],
    ['Обновлено: 2 июля 2025', { updated: '2025-07-02' }],
    [
      'Publié le 4 novembre 2026 · Mis à jour le 5 novembre 2026',
      { published: '2026-11-04', updated: '2026-11-05' },
    ],
    ['Veröffentlicht am 4. November 2026', { published: '2026-11-04' }],
    ['نشر في 12 مارس 2026', { published: '2026-03-12' }],
    ['公開日：2026年11月4日', { published: '2026-11-04' }],
    ['Last updated: July 2, 2025', { updated: '2025-07-02' }],
    ['2026-05-08 09:27 星期五', { published: '2026-05-08T09:27' }],
    ['Published On 27 Feb 2026', { published: '2026-02-27' }],
    ['15 августа 2016, 13:43', { published: '2016-08-15T13:43' }],
    ['2016年10月14日07:17', { published: '2016-10-14T07:17' }],
  ])('should read %j', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  test.each([
    ['prose mentioning a date', 'The pact was signed on July 1, 2025 in Pyongyang.'],
    ['a relative date', 'Last week'],
    ['only a time relative to the saved page', 'Updated 3 mins ago'],
    ['a relative time in prose', 'Two hours ago, on July 1, 2025, the pact was signed.'],
    ['"yesterday" in Russian', 'Вчера'],
    ['a French sentence with a date', 'Le traité a été signé le 4 novembre 2026 à Paris.'],
    ['a month without a day', 'Июль 2025'],
    ['a Russian sentence with a date', 'Соглашение подписали 1 июля 2025 года в Москве.'],
    ['a day without a year', 'June 8'],
    ['an impossible day', 'February 30, 2026'],
    ['a credit', 'KCNA'],
    ['a date with a word the line cannot explain', 'July 1, 2025 Moscow'],
  ])('should not read %s', (_what, line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});

describe('datesMentioned', () => {
  test('should find every full date in a line, as printed and as ISO 8601', () => {
    expect(datesMentioned('Scraped on 2026-02-28, first seen March 3, 2026 at 10:00')).toEqual([
      { text: '2026-02-28', iso: '2026-02-28' },
      { text: 'March 3, 2026 at 10:00', iso: '2026-03-03T10:00' },
    ]);
    expect(datesMentioned('No year on Feb 27')).toEqual([]);
  });

  test('should read a slashed date day first where the page’s language writes it so', () => {
    const line = '05/10/2018 - Publicado por: Ana Lopes - Categoria: Saúde';
    expect(datesMentioned(line, { dayFirst: true })).toEqual([{ text: '05/10/2018', iso: '2018-10-05' }]);
    expect(datesMentioned(line)).toEqual([{ text: '05/10/2018', iso: '2018-05-10' }]);
  });
});
