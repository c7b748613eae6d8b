/** The settings of `broadsheet({...})`: defaults, and errors that name the field. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { resolveSettings, SettingsError } from '../../../src/integrations/broadsheet/resolve';
import { parseSettings } from '../../../src/schemas/settings';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const TRAM = 'samples/articles/city-council-backs-night-trams/tram.jpg';

async function problemsOf(input: unknown): Promise<string[]> {
  try {
    await resolveSettings(input, root);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseSettings', () => {
  test('should give a site with no settings the defaults', () => {
    expect(parseSettings(undefined)).toEqual({
      settings: { name: 'Broadsheet', lang: 'en', canonical: 'copy', links: [] },
    });
  });

  test('should keep what is set, with language tags in canonical case', () => {
    const { settings } = parseSettings({
      name: 'Архив',
      lang: 'RU',
      description: 'Копии.',
      footer: 'Тексты принадлежат их авторам.',
      canonical: 'original',
      site: 'https://example.org/news/',
      links: [
        { label: 'О проекте', href: '/about/', place: 'header' },
        { label: 'Почта', href: 'mailto:a@example.org' },
      ],
    }) as { settings: Record<string, unknown> };
    expect(settings).toMatchObject({
      name: 'Архив',
      lang: 'ru',
      canonical: 'original',
      links: [
        { label: 'О проекте', href: '/about/', place: 'header' },
        { label: 'Почта', href: 'mailto:a@example.org', place: 'footer' },
      ],
    });
  });

  test.each([
    [{ name: '' }, 'name: must not be empty'],
    [{ name: 'x'.repeat(81) }, 'name: must be at most 80 characters'],
    [{ lang: 'en_US!' }, 'lang: must be a BCP 47 language tag such as en, ar or pt-BR'],
    [
      { lang: 'ko' },
      'lang: has no interface catalog; use one of en, ru, uk, ar, fr, de, es, pt, zh, ja (src/i18n/catalogs/)',
    ],
    [
      { lang: 'zh-Hant' },
      'lang: has no interface catalog; use one of en, ru, uk, ar, fr, de, es, pt, zh, ja (src/i18n/catalogs/)',
    ],
    [{ canonical: 'source' }, 'canonical: Invalid option: expected one of "copy"|"original"'],
    [{ site: 'example.org' }, 'site: must be an absolute http:// or https:// URL'],
    [{ titel: 'x' }, 'titel: unknown setting (a typo?)'],
    [
      { logo: { src: 'https://example.org/logo.svg' } },
      'logo.src: must be a path to a file in the project, such as ./src/assets/logo.svg',
    ],
    [{ logo: { src: './a.svg', size: 3 } }, 'logo.size: unknown setting (a typo?)'],
    [
      { links: [{ label: 'About', href: 'javascript:alert(1)' }] },
      'links.0.href: must be a path of this site (/about/), an http(s):// address or a mailto: address',
    ],
    [
      { links: [{ label: 'About', href: '//evil.example/' }] },
      'links.0.href: must be a path of this site (/about/), an http(s):// address or a mailto: address',
    ],
    [{ links: [{ label: '', href: '/about/' }] }, 'links.0.label: must not be empty'],
  ])('should refuse %j, naming the field', (input, problem) => {
    expect(parseSettings(input)).toEqual({ problems: [problem] });
  });
});

describe('resolveSettings', () => {
  test('should use Broadsheet’s favicon and draw the touch icon from it by default', async () => {
    const settings = await resolveSettings({}, root);
    expect(settings.favicon).toEqual({
      file: expect.stringMatching(/src\/assets\/favicon\.svg$/),
      ext: 'svg',
      type: 'image/svg+xml',
    });
    expect(settings.touchIconSource).toBe(settings.favicon.file);
    expect(settings.logo).toBeUndefined();
  });

  test('should size a raster logo for the masthead, and take the name as its text', async () => {
    const settings = await resolveSettings({ name: 'The Archive', logo: { src: TRAM } }, root);
    expect(settings.logo).toEqual({
      file: expect.stringMatching(/tram\.jpg$/),
      ext: 'png',
      alt: 'The Archive',
      replacesName: false,
      width: expect.any(Number),
      height: 160,
    });
  });

  test('should report every file problem at once, by field', async () => {
    await expect(problemsOf({ logo: { src: './nowhere.svg' }, favicon: './tsconfig.json' })).resolves.toEqual(
      [
        'logo.src: file "./nowhere.svg" not found (paths are relative to the project root)',
        'favicon: "./tsconfig.json" must be an SVG, PNG or ICO file',
      ],
    );
    await expect(problemsOf({ logo: { src: './README.md' } })).resolves.toEqual([
      'logo.src: "./README.md" must be an SVG, PNG, JPEG, WebP or AVIF file',
    ]);
  });

  test('should say which settings are wrong, all of them, in the error message', async () => {
    await expect(resolveSettings({ name: '', lang: 'xx-invalid-' }, root)).rejects.toThrow(
      /Invalid Broadsheet settings \(2 problems\):\nname: must not be empty\nlang: /,
    );
  });
});
