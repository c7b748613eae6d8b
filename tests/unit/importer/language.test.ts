import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../../src/importer/language';

describe('detectLanguage', () => {
  test.each([
    ['ru', 'В среду в Москве открылась новая линия метро, которая соединила северные и южные районы города.'],
    ['ar', 'افتتحت المدينة يوم الأربعاء أكبر مكتبة عامة في تاريخها، وتضم أكثر من مليون كتاب وقاعات للقراءة.'],
    ['ja', '東京で水曜日、新しい地下鉄路線が開業した。路線には八つの駅があり、電車は四分ごとに運行される。'],
    [
      'fr',
      "Le gouvernement a annoncé vendredi un plan pour apporter l'internet à haut débit dans chaque village.",
    ],
    [
      'de',
      'Die Regierung hat am Freitag einen Plan angekündigt, um schnelles Internet in jedes Dorf zu bringen.',
    ],
    [
      'en',
      'The city council on Monday approved a 14-kilometer tram line linking the central station with the airport.',
    ],
  ])('should tell %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test.each([
    ['too short', 'Hello there'],
    // franc alone scores this French; English is close enough that we keep the default.
    [
      'short English that trigrams confuse',
      "Lawmakers approved next year's budget early on Monday after a session.",
    ],
  ])('should not decide on %s', (_what, text) => {
    expect(detectLanguage(text) ?? 'en').toBe('en');
  });
});
