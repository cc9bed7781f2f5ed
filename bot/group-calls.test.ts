import { expect, it } from 'vitest';
import { groupCalls } from './group-calls.ts';

const fulfilled = <T>(value: T) => ({ status: 'fulfilled' as const, value });

it('serves calls that arrive during a run together in the next run, which starts after all of them', async () => {
  const runs: number[][] = [];
  let release: () => void = () => {};
  const call = groupCalls<number, number>(async (items) => {
    runs.push(items);
    if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
    return items.map((item) => fulfilled(item * 10));
  });
  const first = call(1);
  const waiting = [call(2), call(3), call(4)];
  expect(runs).toEqual([[1]]); // the first call started at once, alone
  release();
  expect(await Promise.all([first, ...waiting])).toEqual([10, 20, 30, 40]);
  expect(runs).toEqual([[1], [2, 3, 4]]);
});

it('fails only the calls whose items failed', async () => {
  const call = groupCalls<number, number>(async (items) => items.map((item) => (item === 2 ? { status: 'rejected' as const, reason: new Error('two') } : fulfilled(item))));
  const results = await Promise.allSettled([call(1), call(2), call(3)]);
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
});

it('fails every call of a run that throws, and keeps serving later calls', async () => {
  let fail = true;
  const call = groupCalls<number, number>(async (items) => {
    if (fail) throw new Error('down');
    return items.map(fulfilled);
  });
  await expect(call(1)).rejects.toThrow('down');
  fail = false;
  expect(await call(2)).toBe(2);
});
