import { describe, expect, test } from 'vitest';
import { isPromoLine } from '../../../src/importer/promo-line';

describe('isPromoLine', () => {
  test.each([
    'Sign up for our daily newsletter',
    'The Week in Review newsletter offers insights and ideas from our commentary team. Sign up here.',
    'Get the latest updates right in your inbox. Subscribe to our newsletters.',
    'Jetzt den Newsletter abonnieren',
    'Abonnez-vous à notre newsletter',
    'Suscríbete a nuestro boletín',
  ])('a prompt: %s', (text) => {
    expect(isPromoLine(text)).toBe(true);
  });

  test.each([
    'The company said it would sign up more subscribers before the end of the year.',
    'The newsletter, founded in 2009, had 40,000 readers when the company bought it last spring for an undisclosed sum.',
    `${'The mayor said residents could sign up for the city newsletter to follow the work. '.repeat(3)}`,
  ])('not a prompt: %s', (text) => {
    expect(isPromoLine(text)).toBe(false);
  });
});
