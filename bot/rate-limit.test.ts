import { describe, expect, it } from 'vitest';
import { slidingWindowLimit } from './rate-limit.ts';

describe('slidingWindowLimit', () => {
  it('lets 3 in a minute through, answers the 4th once, drops the rest, and forgets after the window', () => {
    const limit = slidingWindowLimit(3, 60_000);
    const at = (seconds: number) => new Date(Date.UTC(2026, 10, 24, 10, 0, seconds));
    expect([0, 1, 2, 3, 4].map((second) => limit.check('+5511999990000', at(second)))).toEqual(['ok', 'ok', 'ok', 'warn', 'drop']);
    expect(limit.check('+5511888880000', at(5))).toBe('ok');
    expect(limit.check('+5511999990000', new Date(at(0).getTime() + 61_000))).toBe('ok');
  });
});
