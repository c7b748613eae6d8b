/**
 * How long heavy work may take before a test calls it hung. Generous on purpose: `npm test` must
 * pass on a busy machine, several times slower than an idle one, and speed is measured by the
 * benchmarks, never by time limits. The idle times beside each are from this 2-core machine.
 */
export const TIMEOUTS = {
  /** Rendering Markdown, components or pictures in the test's own process (a few seconds idle). */
  render: 120_000,
  /** Driving Chromium through pages, axe or a search (up to ~12 s idle). */
  browser: 300_000,
  /** Building a site with `astro build`, in a test or a hook (up to ~60 s idle). */
  build: 900_000,
  /** A Lighthouse audit (up to ~15 s idle). */
  lighthouse: 600_000,
} as const;
