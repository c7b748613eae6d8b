/**
 * Renders article bodies on worker threads, one per core, so a cold build of a large archive
 * is not bound to one core. Each worker holds one body at a time: should it die (a body too big
 * for its heap), only that body is affected, and it is rendered again in a worker of its own
 * with a far larger heap, where very large bodies (a long live blog) go from the start. A body
 * that does not fit there either fails alone, by name; the others never see it.
 */
import { availableParallelism, totalmem } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { BodyJob, RenderedBody } from '../markdown/body';

const WORKER = new URL('../markdown/render-worker.ts', import.meta.url);

// A worker holds one article at a time. Left alone, V8 lets each heap grow to gigabytes before
// collecting; capped, a 10,000-article build stays within its memory budget and runs faster
// (measured: 4.4 vs 5.2 ms an article, 0.47 vs 0.78 GB). 5,000-deep nesting fits with room.
const SMALL_HEAP_MB = 256;

export interface PoolLimits {
  /** The heap of each worker for ordinary bodies, in MB. */
  smallHeapMb: number;
  /** The heap of the one worker for large bodies, started only when one comes, in MB. */
  largeHeapMb: number;
  /** Bodies longer than this (characters) go straight to the large worker. */
  largeBody: number;
}

export const LIMITS: PoolLimits = {
  smallHeapMb: SMALL_HEAP_MB,
  // A quarter of the machine's memory, at most 4 GB: rendering takes from 0.1 GB (prose) to
  // 1.4 GB (a table every line) per MB of Markdown.
  largeHeapMb: Math.min(4096, Math.floor(totalmem() / 2 ** 20 / 4)),
  // A dense body of this size needs about 0.2 GB.
  largeBody: 128 * 1024,
};

/** The worker rendering a body died, most often out of memory. */
class WorkerDied extends Error {
  constructor(
    message: string,
    readonly outOfMemory: boolean,
  ) {
    super(message);
  }
}

interface Queued {
  job: BodyJob;
  resolve: (result: RenderedBody) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the bodies waiting for it, rendered one at a time. */
interface Lane {
  render(job: BodyJob): Promise<RenderedBody>;
  /** Bodies queued or in flight. */
  load(): number;
  close(): Promise<void>;
}

function startLane(limits: ResourceLimits): Lane {
  const queue: Queued[] = [];
  let worker: Worker | undefined;
  let current: Queued | undefined;
  let closed = false;

  const next = () => {
    if (current || closed) return;
    current = queue.shift();
    if (!current) return;
    worker ??= spawn();
    worker.postMessage({ job: current.job });
  };

  const spawn = () => {
    const started = new Worker(WORKER, { resourceLimits: limits });
    let failure: Error | undefined;
    started.on('message', (message: { result?: RenderedBody; error?: string }) => {
      const done = current;
      current = undefined;
      if (message.result) done?.resolve(message.result);
      else done?.reject(new Error(message.error));
      next();
    });
    started.on('error', (error) => (failure = error));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      const lost = current;
      current = undefined;
      const outOfMemory = (failure as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const message = failure?.message ?? `the render worker stopped (exit code ${code})`;
      lost?.reject(new WorkerDied(message, outOfMemory));
      // The bodies still queued get a fresh worker.
      next();
    });
    return started;
  };

  return {
    render(job) {
      return new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        next();
      });
    },
    load: () => queue.length + (current ? 1 : 0),
    async close() {
      closed = true;
      await worker?.terminate();
    },
  };
}

type LargeLane = Pick<Lane, 'render' | 'close'>;

/** The worker for large bodies, started on first use. */
function largeLane(limits: PoolLimits): LargeLane {
  let lane: Lane | undefined;
  return {
    async render(job: BodyJob): Promise<RenderedBody> {
      lane ??= startLane({ maxOldGenerationSizeMb: limits.largeHeapMb });
      try {
        return await lane.render(job);
      } catch (error) {
        if (!(error instanceof WorkerDied && error.outOfMemory)) throw error;
        const mb = (job.body.length / 2 ** 20).toFixed(1);
        throw new Error(
          `the body (${mb} MB of Markdown) needs more than the ${limits.largeHeapMb} MB of memory a renderer may use (${error.message}); split it into several articles`,
        );
      }
    },
    close: async () => lane?.close(),
  };
}

export interface RenderPool {
  render(job: BodyJob): Promise<RenderedBody>;
  close(): Promise<void>;
}

/** `large` renders large bodies and those a small worker could not hold. */
export function createRenderPool(
  size = availableParallelism(),
  limits = LIMITS,
  large = largeLane(limits),
): RenderPool {
  const lanes = Array.from({ length: Math.max(1, size) }, () =>
    startLane({ maxOldGenerationSizeMb: limits.smallHeapMb }),
  );
  return {
    async render(job) {
      if (job.body.length > limits.largeBody) return large.render(job);
      const lane = lanes.reduce((a, b) => (b.load() < a.load() ? b : a));
      try {
        return await lane.render(job);
      } catch (error) {
        // A dense body can outgrow a small heap: render it again where it fits.
        if (error instanceof WorkerDied) return large.render(job);
        throw error;
      }
    },
    async close() {
      await Promise.all([...lanes.map((lane) => lane.close()), large.close()]);
    },
  };
}

export interface BodyRenderer {
  render(job: BodyJob): Promise<RenderedBody>;
  /** No more jobs are coming: render those still held. */
  flush(): void;
  close(): Promise<void>;
}

/**
 * Holds jobs until `threshold` of them wait, then starts worker threads and renders there; jobs
 * still held when no more are coming are rendered with `renderHere`, in this thread. Workers take
 * over a second to start: a cold build starts them with its first files, and a rebuild that
 * renders a few bodies does not start them at all. Large bodies always go to their own worker,
 * never to this thread: one that does not fit must fail alone, not take the build down.
 */
export function createBodyRenderer(
  threshold: number,
  renderHere: (job: BodyJob) => Promise<RenderedBody>,
  limits = LIMITS,
): BodyRenderer {
  let pool: RenderPool | undefined;
  const large = largeLane(limits);
  const held: Queued[] = [];
  const release = (render: (job: BodyJob) => Promise<RenderedBody>) => {
    for (const { job, resolve, reject } of held.splice(0)) render(job).then(resolve, reject);
  };
  return {
    render(job) {
      if (pool) return pool.render(job);
      if (job.body.length > limits.largeBody) return large.render(job);
      return new Promise((resolve, reject) => {
        held.push({ job, resolve, reject });
        if (held.length < threshold) return;
        const started = createRenderPool(availableParallelism(), limits, large);
        pool = started;
        release((next) => started.render(next));
      });
    },
    flush() {
      release(renderHere);
    },
    async close() {
      await Promise.all([pool?.close(), large.close()]);
    },
  };
}
