import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HOLD_SAVE_MS, holdSave } from '../../../src/loaders/hold-save';

describe('holdSave', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const meta = () => {
    const sets: number[] = [];
    return { sets, set: () => void sets.push(performance.now()) };
  };

  test('sets the meta value well within Astro’s 500 ms debounce while the sync waits', () => {
    const store = meta();
    const hold = holdSave(store);
    vi.advanceTimersByTime(2000);
    hold.stop();
    expect(store.sets.length).toBeGreaterThanOrEqual(2000 / HOLD_SAVE_MS);
    const gaps = store.sets.slice(1).map((time, i) => time - (store.sets[i] ?? 0));
    expect(Math.max(...gaps)).toBeLessThan(500);
  });

  test('touching in a busy loop sets it at most once per period', () => {
    const store = meta();
    const hold = holdSave(store);
    for (let i = 0; i < 1000; i++) hold.touch();
    expect(store.sets).toHaveLength(1);
    vi.advanceTimersByTime(HOLD_SAVE_MS);
    hold.touch();
    expect(store.sets).toHaveLength(2);
    hold.stop();
  });

  test('after stop, nothing more is set', () => {
    const store = meta();
    holdSave(store).stop();
    const before = store.sets.length;
    vi.advanceTimersByTime(5000);
    expect(store.sets).toHaveLength(before);
  });
});
