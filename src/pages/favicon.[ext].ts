/** The favicon (`favicon` in the settings, else Broadsheet's), served as given. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from '../lib/site';

export const getStaticPaths = (() => [{ params: { ext: settings.favicon.ext } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await readFile(settings.favicon.file)), {
    headers: { 'Content-Type': settings.favicon.type },
  });
