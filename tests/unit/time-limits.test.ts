/**
 * `npm test` must pass on a busy machine: heavy work gets generous time limits
 * (tests/support/timeouts.ts), never Vitest's defaults of 5 s a test and 10 s a hook.
 */
import { expect, test } from 'vitest';
import { TIMEOUTS } from '../support/timeouts';

test('should give every unit and component test the time limit of heavy rendering', ({ task }) => {
  expect(task.timeout).toBe(TIMEOUTS.render);
  expect(task.timeout).toBeGreaterThanOrEqual(60_000);
});
