/**
 * The settings of `broadsheet({...})` checked and completed before the build starts: the schema
 * (src/schemas/settings.ts), then the files they name (logo, favicon), which must exist and be
 * pictures. Every problem is reported at once, by field.
 */
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { parseSettings, type Settings } from '../../schemas/settings';
import { problemList } from '../../loaders/content-error';

/** The masthead logo is drawn at most this tall (CSS pixels); raster files are cut to 2x that. */
export const LOGO_MAX_HEIGHT = 80;

const LOGO_TYPES: Record<string, string> = {
  '.svg': 'svg',
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.webp': 'webp',
  '.avif': 'avif',
};
const FAVICON_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface ResolvedLogo {
  /** Absolute path of the file. */
  file: string;
  /** Extension of the file the site serves (`svg`, or `png` for a raster logo). */
  ext: 'svg' | 'png';
  alt: string;
  replacesName: boolean;
  /** Size of the served file, for `width`/`height` (no layout shift). */
  width: number;
  height: number;
}

export interface ResolvedIcon {
  file: string;
  ext: 'svg' | 'png' | 'ico';
  type: string;
}

/** What pages read (`virtual:broadsheet/settings`): plain data, file paths made absolute. */
export interface ResolvedSettings extends Omit<Settings, 'logo' | 'favicon'> {
  logo?: ResolvedLogo | undefined;
  favicon: ResolvedIcon;
  /** The picture the touch icon is drawn from (the favicon unless it is an ICO, which sharp cannot read). */
  touchIconSource: string;
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problemList('Invalid Broadsheet settings', problems));
    this.name = 'SettingsError';
  }
}

const DEFAULT_FAVICON = fileURLToPath(new URL('../../assets/favicon.svg', import.meta.url));

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** The picture's size as sharp reads it, or `undefined` when it is not a picture. */
async function pictureSize(file: string): Promise<{ width: number; height: number } | undefined> {
  try {
    const { width, height } = await sharp(file).metadata();
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

async function resolveLogo(
  logo: NonNullable<Settings['logo']>,
  root: string,
  name: string,
  problems: string[],
): Promise<ResolvedLogo | undefined> {
  const file = resolve(root, logo.src);
  const type = LOGO_TYPES[extname(file).toLowerCase()];
  if (!type) {
    problems.push(`logo.src: "${logo.src}" must be an SVG, PNG, JPEG, WebP or AVIF file`);
    return undefined;
  }
  if (!(await isFile(file))) {
    problems.push(`logo.src: file "${logo.src}" not found (paths are relative to the project root)`);
    return undefined;
  }
  const size = await pictureSize(file);
  if (!size) {
    problems.push(`logo.src: "${logo.src}" is not a picture sharp can read`);
    return undefined;
  }
  const vector = type === 'svg';
  // A raster logo is served at most twice the height it is drawn at: sharp cuts it down once per build.
  const scale = vector ? 1 : Math.min(1, (LOGO_MAX_HEIGHT * 2) / size.height);
  return {
    file,
    ext: vector ? 'svg' : 'png',
    alt: logo.alt ?? name,
    replacesName: logo.replacesName,
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

async function resolveFavicon(
  path: string | undefined,
  root: string,
  problems: string[],
): Promise<ResolvedIcon> {
  const fallback: ResolvedIcon = { file: DEFAULT_FAVICON, ext: 'svg', type: FAVICON_TYPES['.svg'] ?? '' };
  if (path === undefined) return fallback;
  const file = resolve(root, path);
  const ext = extname(file).toLowerCase();
  const type = FAVICON_TYPES[ext];
  if (!type) {
    problems.push(`favicon: "${path}" must be an SVG, PNG or ICO file`);
    return fallback;
  }
  if (!(await isFile(file))) {
    problems.push(`favicon: file "${path}" not found (paths are relative to the project root)`);
    return fallback;
  }
  if (ext !== '.ico' && !(await pictureSize(file))) {
    problems.push(`favicon: "${path}" is not a picture sharp can read`);
    return fallback;
  }
  return { file, ext: ext.slice(1) as ResolvedIcon['ext'], type };
}

/** Validates `input` and the files it names; throws a `SettingsError` listing every problem. */
export async function resolveSettings(input: unknown, root: string): Promise<ResolvedSettings> {
  const parsed = parseSettings(input);
  if ('problems' in parsed) throw new SettingsError(parsed.problems);
  const { logo, favicon, ...settings } = parsed.settings;
  const problems: string[] = [];
  const resolvedLogo = logo && (await resolveLogo(logo, root, settings.name, problems));
  const resolvedFavicon = await resolveFavicon(favicon, root, problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return {
    ...settings,
    logo: resolvedLogo,
    favicon: resolvedFavicon,
    touchIconSource:
      resolvedFavicon.ext === 'ico' ? (resolvedLogo?.file ?? DEFAULT_FAVICON) : resolvedFavicon.file,
  };
}
