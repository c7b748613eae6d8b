import { describe, expect, test } from 'vitest';
import { instantDate, zonedInstant } from '../../../src/lib/sharing/instants';

describe('zonedInstant', () => {
  test.each([
    ['2025-07-01T10:45:00+03:00', '2025-07-01T10:45:00+03:00'],
    ['2025-07-01T10:45+03:00', '2025-07-01T10:45:00+03:00'],
    ['2025-07-01T10:45:00Z', '2025-07-01T10:45:00Z'],
    ['2025-07-01T10:45:00', '2025-07-01T10:45:00Z'],
    ['2025-07-01', '2025-07-01T12:00:00Z'],
  ])('should write %s as %s, always with a zone', (input, expected) => {
    expect(zonedInstant(input)).toBe(expected);
  });

  test('should refuse what is not a date', () => {
    expect(zonedInstant('July 1st')).toBeUndefined();
  });

  test.each(['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Honolulu', 'Asia/Kolkata'])(
    'should keep a day-only date on its calendar day in %s',
    (timeZone) => {
      const date = instantDate('2025-07-01');
      expect(date?.toLocaleDateString('en-CA', { timeZone })).toBe('2025-07-01');
    },
  );
});
