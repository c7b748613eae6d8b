import { describe, expect, test } from 'vitest';
import { isoDate, rfc3339Date, rfc822Date, w3cDatetime } from '../../../src/lib/sharing/instants';

// A day, a local time (no zone), an exact instant, and one in UTC: what each protocol is told.
describe.each([
  // copy, Open Graph / JSON-LD, sitemap, JSON Feed, RSS
  ['2026-11-04', '2026-11-04', '2026-11-04', '2026-11-04T12:00:00-00:00', 'Wed, 04 Nov 2026 12:00:00 -0000'],
  [
    '2026-11-04T09:30',
    '2026-11-04T09:30:00',
    '2026-11-04',
    '2026-11-04T09:30:00-00:00',
    'Wed, 04 Nov 2026 09:30:00 -0000',
  ],
  [
    '2026-11-04T23:30:15-05:00',
    '2026-11-04T23:30:15-05:00',
    '2026-11-04T23:30:15-05:00',
    '2026-11-04T23:30:15-05:00',
    'Wed, 04 Nov 2026 23:30:15 -0500',
  ],
  [
    '2025-07-01T10:45+05:30',
    '2025-07-01T10:45:00+05:30',
    '2025-07-01T10:45:00+05:30',
    '2025-07-01T10:45:00+05:30',
    'Tue, 01 Jul 2025 10:45:00 +0530',
  ],
  [
    '2025-07-01T10:45Z',
    '2025-07-01T10:45:00Z',
    '2025-07-01T10:45:00Z',
    '2025-07-01T10:45:00Z',
    'Tue, 01 Jul 2025 10:45:00 +0000',
  ],
])('a copy dated %s', (copy, iso, sitemap, jsonFeed, rss) => {
  test(`should give Open Graph and JSON-LD ${iso}`, () => expect(isoDate(copy)).toBe(iso));
  test(`should give the sitemap ${sitemap}`, () => expect(w3cDatetime(copy)).toBe(sitemap));
  test(`should give JSON Feed ${jsonFeed}`, () => expect(rfc3339Date(copy)).toBe(jsonFeed));
  test(`should give RSS ${rss}`, () => expect(rfc822Date(copy)).toBe(rss));
  test('should be one instant in both feeds', () => {
    expect(Date.parse(rfc822Date(copy) ?? '')).toBe(Date.parse(rfc3339Date(copy) ?? ''));
  });
});

describe('a copy without a zone', () => {
  test.each(['2026-11-04', '2026-11-04T09:30'])('should never be told as UTC (%s)', (copy) => {
    for (const text of [isoDate(copy), w3cDatetime(copy), rfc3339Date(copy), rfc822Date(copy)]) {
      expect(text).not.toMatch(/Z$|GMT|\+00:?00$/);
    }
  });

  test.each(['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Honolulu', 'Asia/Kolkata'])(
    'should keep a day alone on its calendar day in a feed reader in %s',
    (timeZone) => {
      const date = new Date(rfc822Date('2025-07-01') ?? '');
      expect(date.toLocaleDateString('en-CA', { timeZone })).toBe('2025-07-01');
    },
  );
});

test('should refuse what is not a date', () => {
  for (const format of [isoDate, w3cDatetime, rfc3339Date, rfc822Date])
    expect(format('July 1st')).toBeUndefined();
});
