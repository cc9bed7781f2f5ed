import { describe, expect, it } from 'vitest';
import { blockedByDays } from './blocked-by-days.ts';

describe('blockedByDays', () => {
  it('reproduces the doc example: [1, 5, 5, 20] → 1, 2, 0, 1', () => {
    expect(blockedByDays([1, 5, 5, 20])).toEqual({ '0-3': 1, '4-7': 2, '8-14': 0, '15+': 1, 'sem data': 0 });
  });

  it('puts each boundary in the playbook band of DOMAIN.md §3', () => {
    expect(blockedByDays([0, 3, 4, 7, 8, 14, 15, 100])).toEqual({ '0-3': 2, '4-7': 2, '8-14': 2, '15+': 2, 'sem data': 0 });
  });

  it('counts blocks without a date as "sem data", never as 0 days', () => {
    expect(blockedByDays([null, null, 0])).toEqual({ '0-3': 1, '4-7': 0, '8-14': 0, '15+': 0, 'sem data': 2 });
  });

  it('is all zeros for no blocked client', () => {
    expect(blockedByDays([])).toEqual({ '0-3': 0, '4-7': 0, '8-14': 0, '15+': 0, 'sem data': 0 });
  });
});
