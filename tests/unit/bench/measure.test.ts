// The bench's measurement of a command: CPU time counts the whole process tree, not only its root.
import { expect, test } from 'vitest';
import { measure } from '../../../scripts/bench/measure';

// Spins for `ms` milliseconds of wall time on one core.
const spin = (ms: number) => `const end = Date.now() + ${ms}; while (Date.now() < end);`;

test('should count the CPU time of a command and of the processes it starts', async () => {
  // The root only waits (no CPU of its own) while a grandchild spins for 600 ms.
  const script = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(spin(600))}]);`;
  const result = await measure(process.execPath, ['-e', script], process.env, process.cwd());
  expect(result.code).toBe(0);
  // On a busy machine the spin may get less than its wall time of CPU, never far less.
  expect(result.cpuSeconds).toBeGreaterThan(0.3);
  expect(result.cpuSeconds).toBeLessThan(result.seconds + 0.5);
  expect(result.peakBytes).toBeGreaterThan(10e6);
});
