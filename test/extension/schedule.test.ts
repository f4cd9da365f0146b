// whenIdle: a slice waits for an idle period, unless the idle period the last slice ran in still has room for a
// whole slice; then it runs in the next task (each slice stays a task of its own). A forced callback (the timeout,
// the page busy) never chains.
import { afterEach, expect, test, vi } from 'vitest';

type IdleCb = (deadline: IdleDeadline) => void;

async function withIdle(remaining: () => number, didTimeout = false) {
  vi.resetModules();
  const posted: IdleCb[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: IdleCb) => posted.push(cb));
  const { whenIdle } = await import('../../src/content/schedule');
  const runIdle = () => posted.shift()!({ didTimeout, timeRemaining: remaining } as IdleDeadline);
  return { whenIdle, posted, runIdle };
}
const nextTask = () => new Promise((r) => setTimeout(r, 10));

afterEach(() => vi.unstubAllGlobals());

test('room left in the idle period: the next slice runs in the next task, not in the next period', async () => {
  let left = 30;
  const { whenIdle, posted, runIdle } = await withIdle(() => left);
  const ran: string[] = [];
  whenIdle(() => {
    ran.push('first');
    whenIdle((forced) => ran.push(`second forced=${forced}`));
  });
  expect(posted).toHaveLength(1);
  runIdle();
  expect(posted).toHaveLength(0); // not posted as another idle callback
  await nextTask();
  expect(ran).toEqual(['first', 'second forced=false']);
  left = 2; // the period is nearly over: the next slice waits for the next one
  whenIdle(() => ran.push('third'));
  expect(posted).toHaveLength(1);
  await nextTask();
  expect(ran).toHaveLength(2);
});

test('a callback forced by the timeout reports it and does not chain', async () => {
  const { whenIdle, posted, runIdle } = await withIdle(() => 0, true);
  const ran: boolean[] = [];
  whenIdle((forced) => {
    ran.push(forced);
    whenIdle((f) => ran.push(f));
  });
  runIdle();
  expect(ran).toEqual([true]);
  expect(posted).toHaveLength(1);
});
