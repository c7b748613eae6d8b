/** The icon a phone shows for a page saved to its home screen, drawn from the favicon. */
import type { APIRoute } from 'astro';
import { touchIcon } from '../lib/icons';
import { settings } from '../lib/site';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await touchIcon(settings.touchIconSource)), {
    headers: { 'Content-Type': 'image/png' },
  });
