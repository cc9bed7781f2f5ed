import { expect, it } from 'vitest';
import { reconnectDelayMs } from './reconnect-delay.ts';

it('waits 1 s, 2 s, 4 s… up to 60 s between reconnections', () => {
  expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(reconnectDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
});
