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

  // Issue 18: a ~130-word French article came out English, as did German and Portuguese ones.
  test('should tell a 130-word French article', () => {
    const text = [
      'Le conseil municipal a approuvé lundi soir le prolongement de la ligne de tramway jusqu’au',
      'nouveau quartier de la gare, après un débat de plus de trois heures. Les travaux doivent',
      'commencer au printemps prochain et durer deux ans, selon le calendrier présenté par l’adjoint',
      'chargé des transports. Le coût total est estimé à cent vingt millions d’euros, dont un tiers',
      'sera financé par la région. Plusieurs élus de l’opposition ont dénoncé un projet trop cher et',
      'demandé que les habitants soient consultés avant le début du chantier. Le maire a répondu que',
      'la concertation avait déjà eu lieu l’an dernier et que le tracé tenait compte des remarques',
      'des commerçants. Les associations d’usagers se sont félicitées de la décision, tout en',
      'regrettant que la fréquence des rames reste limitée le dimanche. Une réunion publique sera',
      'organisée le mois prochain pour présenter les futures stations et les changements de lignes',
      'de bus qui accompagneront la mise en service du tramway.',
    ].join(' ');
    expect(detectLanguage(text)).toBe('fr');
  });
});

test('should read the words of an article, not the code it quotes', () => {
  const zh = '这是一款开源的阅读器，可以订阅新闻网站和博客，支持标签管理与邮件通知，适合个人与团队自建使用。';
  const code = '```bash\ncd api\nyarn install\ncp .env.example .env\nyarn db:migrate\nyarn dev\n```';
  expect(detectLanguage([zh, code, code, code, '`yarn start`'].join('\n\n'))).toBe('zh');
});
