/**
 * How far a build is, phase by phase (articles checked, bodies rendered, pages written, search
 * indexed), for the progress lines of `npm run build` (./log-destination.ts). The loader runs in
 * Vite's module graph, integrations in the config's, the log destination in Node's own: the three
 * meet on one object on `globalThis`, as ../integrations/build-channel.ts does.
 */

export interface Phase {
  name: string;
  done: number;
  /** How many there are to do, once known. */
  total?: number | undefined;
  /** `performance.now()` when the phase started, and when it ended. */
  started: number;
  ended?: number | undefined;
  /** What the count is of, after the number: "1,200 of 10,000 articles checked". */
  unit: string;
}

type Listener = (phase: Phase) => void;

interface Board {
  phases: Map<string, Phase>;
  listeners: Set<Listener>;
}

const KEY = Symbol.for('broadsheet.build-progress');

function board(): Board {
  const scope = globalThis as typeof globalThis & { [KEY]?: Board };
  scope[KEY] ??= { phases: new Map(), listeners: new Set() };
  return scope[KEY];
}

function changed(phase: Phase): void {
  for (const listener of board().listeners) listener(phase);
}

/** Starts (or restarts) phase `name`; counts are of `unit` ("articles checked"). */
export function startPhase(name: string, unit: string, total?: number): Phase {
  const phase: Phase = { name, unit, done: 0, total, started: performance.now() };
  board().phases.set(name, phase);
  changed(phase);
  return phase;
}

/** Counts `count` more done in phase `name` (started if it was not). */
export function advance(name: string, count = 1): void {
  const phase = board().phases.get(name);
  if (!phase || phase.ended !== undefined) return;
  phase.done += count;
  changed(phase);
}

/** Sets how many phase `name` has to do. */
export function setTotal(name: string, total: number): void {
  const phase = board().phases.get(name);
  if (!phase) return;
  phase.total = total;
  changed(phase);
}

/** Ends phase `name`. */
export function endPhase(name: string): void {
  const phase = board().phases.get(name);
  if (!phase || phase.ended !== undefined) return;
  phase.ended = performance.now();
  changed(phase);
}

/** Calls `listener` on every change to any phase; returns the unsubscribe. */
export function onProgress(listener: Listener): () => void {
  board().listeners.add(listener);
  return () => board().listeners.delete(listener);
}

/** The phases of this process, in the order they started. */
export function phases(): Phase[] {
  return [...board().phases.values()];
}
