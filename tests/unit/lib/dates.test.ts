import { describe, expect, test } from 'vitest';
import {
  formatHumanDate,
  formatHumanDateTime,
  normaliseDate,
  parseIsoDate,
  toTimestamp,
} from '../../../src/lib/dates';

describe('normaliseDate', () => {
  test.each([
    ['2025-07-01', '2025-07-01'],
    ['2025-07-01T10:45', '2025-07-01T10:45'],
    ['2025-07-01T10:45:30', '2025-07-01T10:45:30'],
    ['2025-07-01 10:45:30', '2025-07-01T10:45:30'],
    ['2025-07-01T10:45:00Z', '2025-07-01T10:45:00Z'],
    ['2025-07-01T10:45:00z', '2025-07-01T10:45:00Z'],
    ['2025-07-01T10:45:00+03:00', '2025-07-01T10:45:00+03:00'],
    ['2025-07-01T10:45:00+0530', '2025-07-01T10:45:00+05:30'],
    ['2025-07-01T10:45:00-08', '2025-07-01T10:45:00-08:00'],
    ['2025-07-01T10:45:00.123Z', '2025-07-01T10:45:00Z'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('keeps what %j says as %j', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  test.each([
    '2025-13-01',
    '2025-02-30',
    '2023-02-29',
    '2025-7-1',
    'July 1, 2025',
    '2025-07-01T24:00',
    '2025-07-01T10:60',
    '2025-07-01T10:45:00+15:00',
    '',
    '20250701',
  ])('rejects %j', (input) => {
    expect(normaliseDate(input)).toBeUndefined();
  });
});

describe('parseIsoDate', () => {
  test('separates the day, the time and the offset', () => {
    expect(parseIsoDate('2025-07-01T10:45:00+03:00')).toEqual({
      date: '2025-07-01',
      time: '10:45:00',
      offset: '+03:00',
    });
    expect(parseIsoDate('2025-07-01')).toEqual({ date: '2025-07-01' });
  });
});

describe('formatHumanDate', () => {
  test.each([
    ['2025-07-01', 'July 1, 2025'],
    ['2026-11-04T23:30:00-05:00', 'November 4, 2026'],
    ['2026-11-04T00:30:00+09:00', 'November 4, 2026'],
    ['2026-01-31T12:00', 'January 31, 2026'],
  ])('writes %j as %j, the day the source printed', (iso, expected) => {
    expect(formatHumanDate(iso)).toBe(expected);
  });

  test('follows the locale it is given', () => {
    expect(formatHumanDate('2025-07-01', 'en-GB')).toBe('1 July 2025');
  });
});

describe('toTimestamp', () => {
  test('orders days, local times and zoned times', () => {
    const sorted = ['2025-07-01T10:00:00+03:00', '2025-07-02', '2025-07-01', '2025-07-01T09:00'].sort(
      (a, b) => toTimestamp(a) - toTimestamp(b),
    );
    expect(sorted).toEqual(['2025-07-01', '2025-07-01T10:00:00+03:00', '2025-07-01T09:00', '2025-07-02']);
  });
});

describe('formatHumanDateTime', () => {
  test.each([
    ['2025-07-01', 'July 1, 2025', 'day'],
    ['2026-11-04T09:30', 'November 4, 2026 at 9:30 AM', 'local'],
    ['2026-11-04T09:30:00+03:00', 'November 4, 2026 at 9:30 AM GMT+3', 'instant'],
    ['2026-11-04T23:30:00-05:00', 'November 4, 2026 at 11:30 PM GMT-5', 'instant'],
    ['2026-11-04T09:30:00+05:30', 'November 4, 2026 at 9:30 AM GMT+5:30', 'instant'],
    ['2026-11-04T09:30:00Z', 'November 4, 2026 at 9:30 AM UTC', 'instant'],
  ])('should tell %j as %j, in the zone the source gave (%s)', (iso, text, precision) => {
    expect(formatHumanDateTime(iso)).toEqual({ text, precision });
  });

  test('should follow the locale it is given', () => {
    expect(formatHumanDateTime('2026-11-04T09:30', 'ru').text).toBe('4 ноября 2026 г. в 9:30');
  });
});
