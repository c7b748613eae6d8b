// How the bench compares imported fields with the labels we made from what each page shows.
import { describe, expect, test } from 'vitest';
import { sameByline, sameDay, sameHeadline, sameLanguage } from '../../../scripts/bench-import/field-match';

describe('sameHeadline', () => {
  test.each([
    ['Anthony Lynn: "We needed to win this game"', 'Anthony Lynn: “We needed to win this game”', true],
    ['The  Impeachment\u00a0Clock ', 'The Impeachment Clock', true],
    ['The Impeachment Clock | National Review', 'The Impeachment Clock', false],
    ['the impeachment clock', 'The Impeachment Clock', false],
    [undefined, 'The Impeachment Clock', false],
  ])('should compare %j with %j: %s', (imported, label, expected) => {
    expect(sameHeadline(imported, label)).toBe(expected);
  });
});

describe('sameByline', () => {
  test.each([
    ['Lisa Mascaro and Eric Tucker', 'LISA MASCARO and ERIC TUCKER', [], true],
    ['By Jeff Foust', 'Jeff Foust', [], true],
    ['Troy L. Smith', 'Troy L. Smith, Cleveland.com', ['Troy L. Smith'], true],
    ['Science X staff', 'European Space Agency', [], false],
    [undefined, null, [], true],
    ['BBC News', null, [], false],
    [undefined, 'Jeff Foust', [], false],
  ])('should compare %j with %j (also %j): %s', (imported, label, also, expected) => {
    expect(sameByline(imported, label, also)).toBe(expected);
  });
});

describe('sameDay', () => {
  test.each([
    ['2019-11-19T07:03:25Z', '2019-11-18T23:03-08:00', [], true],
    ['2019-11-19T07:03:25+00:00', '2019-11-19', [], true],
    ['2019-11-19', '2019-11-18T23:03-08:00', [], false],
    ['2019-11-20T02:07:18Z', '2019-11-20T00:24-05:00', ['2019-11-19T21:07-05:00'], true],
    ['2019-11-18T21:24', '2019-11-18T21:24-05:00', [], true],
    ['2019-11-19T02:24', '2019-11-18T21:24-05:00', [], false],
    [undefined, '2019-11-18', [], false],
  ])('should compare %j with %j (also %j): %s', (imported, label, also, expected) => {
    expect(sameDay(imported, label, also)).toBe(expected);
  });
});

describe('sameLanguage', () => {
  test.each([
    ['pt-BR', 'pt', true],
    [undefined, 'en', true],
    [undefined, 'de', false],
    ['de', 'en', false],
  ])('should compare %j with %j: %s', (imported, label, expected) => {
    expect(sameLanguage(imported, label)).toBe(expected);
  });
});
