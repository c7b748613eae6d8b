import { describe, expect, test } from 'vitest';
import { settleCloseLanguages } from '../../../src/importer/close-languages';

// Our own sentences; the scores are what franc gives a short or list-like text of each pair.
const PORTUGUESE =
  'Nesta página você terá sempre a classificação atualizada do campeonato, com os pontos de cada piloto após a última corrida. Não deixe de conferir.';
const SPANISH =
  'En esta página encontrará siempre la clasificación actualizada del campeonato, con los puntos de cada piloto y la última carrera. No deje de consultarla.';
const INDONESIAN =
  'Jangan sampai karena kita membenci satu kaum, kita tidak bisa berlaku adil. Biasa saja, tapi ingat bahwa ajaran tersebut mudah dipahami.';
const MALAY =
  'Kerajaan berkata bahawa polis boleh menyiasat perkara itu kerana wang tersebut hilang sahaja dari akaun syarikat.';

describe('settleCloseLanguages', () => {
  test.each([
    [
      'Portuguese read as Spanish',
      [
        ['spa', 1],
        ['por', 0.9999],
      ],
      PORTUGUESE,
      'por',
    ],
    [
      'Spanish read as Portuguese',
      [
        ['por', 1],
        ['spa', 0.999],
      ],
      SPANISH,
      'spa',
    ],
    [
      'Indonesian read as Malay',
      [
        ['zlm', 1],
        ['ind', 0.998],
      ],
      INDONESIAN,
      'ind',
    ],
    [
      'Malay read as Indonesian',
      [
        ['ind', 1],
        ['zlm', 0.995],
      ],
      MALAY,
      'zlm',
    ],
  ] as const)('should tell %s by its own words', (_what, scores, text, expected) => {
    expect(settleCloseLanguages(scores, text)).toBe(expected);
  });

  test.each([
    [
      'the other language scores far below',
      [
        ['spa', 1],
        ['por', 0.9],
      ],
      PORTUGUESE,
      'spa',
    ],
    [
      'the words do not say',
      [
        ['zlm', 1],
        ['ind', 0.999],
      ],
      'Sunni dan Syiah sama sama Islam.',
      'zlm',
    ],
    [
      'the language has no close pair',
      [
        ['fra', 1],
        ['por', 0.999],
      ],
      PORTUGUESE,
      'fra',
    ],
  ] as const)('should keep the best when %s', (_what, scores, text, expected) => {
    expect(settleCloseLanguages(scores, text)).toBe(expected);
  });
});
