import { describe, expect, it } from 'vitest';
import { balanceFacts, contractFacts } from './client-facts.testing.ts';
import { contractDurationDays, contractStart, minimumElapsedDays, usagePace } from './usage-pace.ts';

describe('contractDurationDays', () => {
  it('counts both the start and the end day when the contract has dates', () => {
    expect(contractDurationDays(contractFacts({ startsOn: '2026-11-01', endsOn: '2026-11-30' }))).toBe(30);
    // November 30 + December 31 + January 29 days.
    expect(contractDurationDays(contractFacts({ startsOn: '2026-11-01', endsOn: '2027-01-29', periodDays: 90 }))).toBe(90);
    expect(contractDurationDays(contractFacts({ startsOn: '2026-11-24', endsOn: '2026-11-24' }))).toBe(1);
  });

  it("falls back to the plan's period when a date is missing", () => {
    expect(contractDurationDays(contractFacts({ startsOn: null, endsOn: '2026-11-30', periodDays: 90 }))).toBe(90);
    expect(contractDurationDays(contractFacts({ startsOn: '2026-11-01', endsOn: null, periodDays: 180 }))).toBe(180);
  });

  it('is null when neither the dates nor the period are known', () => {
    expect(contractDurationDays(contractFacts({ startsOn: null, endsOn: null, periodDays: null }))).toBeNull();
  });
});

describe('contractStart', () => {
  it('is the start date when the export gives one', () => {
    expect(contractStart(contractFacts({ startsOn: '2026-10-15', endsOn: '2026-11-30' }))).toBe('2026-10-15');
  });

  it('counts the period back from the end date, both days included', () => {
    expect(contractStart(contractFacts({ startsOn: null, endsOn: '2026-11-30', periodDays: 30 }))).toBe('2026-11-01');
    expect(contractStart(contractFacts({ startsOn: null, endsOn: '2027-01-29', periodDays: 90 }))).toBe('2026-11-01');
    expect(contractStart(contractFacts({ startsOn: null, endsOn: '2026-03-01', periodDays: 1 }))).toBe('2026-03-01');
  });

  it('is null without a start date and without an end date and period', () => {
    expect(contractStart(contractFacts({ startsOn: null, endsOn: '2026-11-30', periodDays: null }))).toBeNull();
    expect(contractStart(contractFacts({ startsOn: null, endsOn: null, periodDays: 30 }))).toBeNull();
  });
});

describe('usagePace', () => {
  const monthly = contractFacts({ startsOn: '2026-11-01', endsOn: '2026-11-30' });

  it('reproduces the doc example: 13 classes in 30 days, 15 days in, 3 used → expected 6,5, pace 0,46', () => {
    const result = usagePace(monthly, balanceFacts({ snapshotOn: '2026-11-15', totalContracted: 13, totalUsed: 3 }));
    expect(result).not.toBeNull();
    expect(result!.used).toBe(3);
    expect(result!.expected).toBe(6.5);
    expect(result!.pace).toBeCloseTo(3 / 6.5, 10);
    expect(result!.pace).toBeCloseTo(0.46, 2);
  });

  it('derives the start from the end and the period when the start is unknown', () => {
    const contract = contractFacts({ startsOn: null, endsOn: '2026-11-30', periodDays: 30 });
    const result = usagePace(contract, balanceFacts({ snapshotOn: '2026-11-15', totalContracted: 13, totalUsed: 3 }));
    expect(result!.expected).toBe(6.5);
    expect(result!.pace).toBeCloseTo(3 / 6.5, 10);
  });

  it('rounds the expected classes to one decimal but computes the pace from the exact expectation', () => {
    // 10 days in: 13 × 10 / 30 = 4,333… → shown as 4,3; pace 2 / 4,333… = 0,4615 (not 2 / 4,3 = 0,4651).
    const result = usagePace(monthly, balanceFacts({ snapshotOn: '2026-11-10', totalContracted: 13, totalUsed: 2 }));
    expect(result!.expected).toBe(4.3);
    expect(result!.pace).toBeCloseTo(0.461538, 5);
  });

  it('caps the elapsed days at the duration: after the end, the whole balance is expected', () => {
    const result = usagePace(monthly, balanceFacts({ snapshotOn: '2026-12-10', totalContracted: 13, totalUsed: 13 }));
    expect(result!.expected).toBe(13);
    expect(result!.pace).toBe(1);
  });

  it('reads a pace above 1 for a client ahead of schedule', () => {
    // 15 days in, 13 classes: expected 6,5; 13 used → pace 2.
    const result = usagePace(monthly, balanceFacts({ snapshotOn: '2026-11-15', totalContracted: 13, totalUsed: 13 }));
    expect(result!.pace).toBe(2);
  });

  it('does not judge a pace before 7 days have elapsed', () => {
    expect(minimumElapsedDays).toBe(7);
    // 2026-11-06 is day 6 of the contract.
    expect(usagePace(monthly, balanceFacts({ snapshotOn: '2026-11-06', totalContracted: 13, totalUsed: 0 }))).toBeNull();
    expect(usagePace(monthly, balanceFacts({ snapshotOn: '2026-11-01', totalContracted: 13, totalUsed: 0 }))).toBeNull();
    // Day 7: 13 × 7 / 30 = 3,0333… expected; 1 used → 0,3297.
    const day7 = usagePace(monthly, balanceFacts({ snapshotOn: '2026-11-07', totalContracted: 13, totalUsed: 1 }));
    expect(day7!.expected).toBe(3);
    expect(day7!.pace).toBeCloseTo(30 / 91, 10);
  });

  it('is null for a balance dated before the contract started', () => {
    expect(usagePace(monthly, balanceFacts({ snapshotOn: '2026-10-20', totalContracted: 13, totalUsed: 0 }))).toBeNull();
  });

  it('is null when the balance or the contract period is unknown, or nothing was contracted', () => {
    expect(usagePace(monthly, balanceFacts({ totalContracted: null, totalUsed: 3 }))).toBeNull();
    expect(usagePace(monthly, balanceFacts({ totalContracted: 13, totalUsed: null }))).toBeNull();
    expect(usagePace(monthly, balanceFacts({ totalContracted: 0, totalUsed: 0 }))).toBeNull();
    expect(usagePace(contractFacts({ startsOn: null, endsOn: null, periodDays: null }), balanceFacts({ totalUsed: 3 }))).toBeNull();
    // A period but no date to anchor it: no start, no pace.
    expect(usagePace(contractFacts({ startsOn: null, endsOn: null, periodDays: 30 }), balanceFacts({ totalUsed: 3 }))).toBeNull();
  });

  it('treats zero classes used as a pace of 0, not as unknown', () => {
    const result = usagePace(monthly, balanceFacts({ snapshotOn: '2026-11-15', totalContracted: 13, totalUsed: 0 }));
    expect(result).toEqual({ pace: 0, used: 0, expected: 6.5 });
  });
});
