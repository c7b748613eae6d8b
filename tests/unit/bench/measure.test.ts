// The bench's measurement of a command: CPU time counts the whole process tree, not only its root.
import { expect, test } from 'vitest';
import { measure } from '../../../scripts/bench/measure';

// Spins until it has used `ms` milliseconds of CPU, however busy the machine is.
const spin = (ms: number) =>
  `const start = process.cpuUsage(); const used = () => { const u = process.cpuUsage(start); return (u.user + u.system) / 1000; }; while (used() < ${ms});`;

test('should count the CPU time of a command and of the processes it starts', async () => {
  // The root only waits (no CPU of its own) while a grandchild spins for 600 ms.
  const script = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(spin(600))}]);`;
  const result = await measure(process.execPath, ['-e', script], process.env, process.cwd());
  expect(result.code).toBe(0);
  expect(result.cpuSeconds).toBeGreaterThanOrEqual(0.6);
  expect(result.cpuSeconds).toBeLessThan(result.seconds + 0.5);
  expect(result.peakBytes).toBeGreaterThan(10e6);
});
