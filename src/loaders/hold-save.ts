/**
 * Astro saves its data store 500 ms after the last change to it, and it changes the store's meta
 * at the start of every sync. Reading 10,000 files takes longer than that: Astro would serialize
 * the whole store halfway through, only to find it unchanged on disk (about 1 s of CPU at 10,000
 * articles, on every build), then again at the end. Setting a meta value more often than that
 * until the sync ends leaves the one save at the end.
 */
import type { LoaderContext } from 'astro/loaders';

/** Less than Astro's 500 ms, with room for a busy event loop. */
export const HOLD_SAVE_MS = 200;

/** The meta key set; its value never changes, so neither does the store for it. */
const KEY = 'sync';

export interface SaveHold {
  /** Sets the meta value, at most every `HOLD_SAVE_MS`: call it while working without a pause. */
  touch(): void;
  /** Ends the hold: Astro saves once the sync is done. */
  stop(): void;
}

/** Puts off Astro's save of the store while a sync goes on. */
export function holdSave(meta: Pick<LoaderContext['meta'], 'set'>): SaveHold {
  let last = -Infinity;
  const touch = () => {
    const now = performance.now();
    if (now - last < HOLD_SAVE_MS) return;
    last = now;
    meta.set(KEY, '');
  };
  // While the sync waits (on files, on bodies); `touch` covers stretches with no pause.
  const timer = setInterval(touch, HOLD_SAVE_MS);
  touch();
  return { touch, stop: () => clearInterval(timer) };
}
