/** Text shown to readers, as every content schema reads it (articles, static pages). */
import { z } from 'astro/zod';
import { cleanText, hasVisibleCharacter } from '../lib/visible-text';

/**
 * In NFC (so names that differ only in normalization are one name), control characters never
 * kept, trimmed, and with at least one visible character.
 */
export const displayedText = z
  .string()
  .overwrite(cleanText)
  .trim()
  .min(1, { message: 'must not be empty', abort: true })
  .refine(hasVisibleCharacter, 'has no visible character (only spaces, zero-width or control characters)');
