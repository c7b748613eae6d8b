/** The masthead's logo, when the settings name one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { logoFile } from '../lib/icons';
import { settings } from '../lib/site';

export const getStaticPaths = (() =>
  settings.logo ? [{ params: { ext: settings.logo.ext } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { logo } = settings;
  if (!logo) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(await logoFile(logo)), {
    headers: { 'Content-Type': logo.ext === 'svg' ? 'image/svg+xml' : 'image/png' },
  });
};
