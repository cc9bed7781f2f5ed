import { describe, expect, it } from 'vitest';
import { balanceFacts, clientFacts, contractFacts, testAsOf } from './client-facts.testing.ts';
import { clientSignals } from './client-signals.ts';

const asOf = testAsOf; // 2026-11-24

describe('clientSignals: blocked', () => {
  it('counts the days blocked from the block date', () => {
    const facts = clientFacts({ status: 'Bloqueado', block: { blockedOn: '2026-11-19', daysBlocked: 99, overdueCents: null, snapshotOn: '2026-11-20' } });
    const signals = clientSignals(facts, asOf);
    expect(signals.blocked).toBe(true);
    // The date wins over the report's count.
    expect(signals.blockedDays).toBe(5);
  });

  it("without a date, adds the report's age to the days blocked it gives", () => {
    // 4 days blocked in a report of 2026-11-22, two days before as-of.
    const facts = clientFacts({ status: 'Bloqueado', block: { blockedOn: null, daysBlocked: 4, overdueCents: null, snapshotOn: '2026-11-22' } });
    expect(clientSignals(facts, asOf).blockedDays).toBe(6);
  });

  it('counts a report of today at face value, and 0 days blocked as 0, not unknown', () => {
    const facts = clientFacts({ status: 'Bloqueado', block: { blockedOn: null, daysBlocked: 0, overdueCents: null, snapshotOn: asOf } });
    expect(clientSignals(facts, asOf).blockedDays).toBe(0);
  });

  it('is blocked with unknown days when the status says so and no report dates it', () => {
    const withoutReport = clientSignals(clientFacts({ status: 'Bloqueado' }), asOf);
    expect(withoutReport.blocked).toBe(true);
    expect(withoutReport.blockedDays).toBeNull();
    const undatedReport = clientSignals(clientFacts({ status: 'Bloqueado', block: { blockedOn: null, daysBlocked: null, overdueCents: 5_000, snapshotOn: asOf } }), asOf);
    expect(undatedReport.blocked).toBe(true);
    expect(undatedReport.blockedDays).toBeNull();
  });

  it('trusts the status over a block date: beside an Ativo status the block was lifted', () => {
    const facts = clientFacts({ status: 'Ativo', block: { blockedOn: '2026-11-21', daysBlocked: null, overdueCents: null, snapshotOn: asOf } });
    const signals = clientSignals(facts, asOf);
    expect(signals.blocked).toBe(false);
    expect(signals.blockedDays).toBeNull();
  });

  it('reads a block date as blocked when no status is known', () => {
    const facts = clientFacts({ status: null, block: { blockedOn: '2026-11-21', daysBlocked: null, overdueCents: null, snapshotOn: asOf } });
    const signals = clientSignals(facts, asOf);
    expect(signals.blocked).toBe(true);
    expect(signals.blockedDays).toBe(3);
  });

  it('is not blocked, and has no days blocked, for an active client with an undated block row', () => {
    const facts = clientFacts({ status: 'Ativo', block: { blockedOn: null, daysBlocked: 10, overdueCents: null, snapshotOn: asOf } });
    const signals = clientSignals(facts, asOf);
    expect(signals.blocked).toBe(false);
    expect(signals.blockedDays).toBeNull();
  });

  it('passes the overdue amount through, null without a block report', () => {
    const facts = clientFacts({ status: 'Bloqueado', block: { blockedOn: '2026-11-20', daysBlocked: null, overdueCents: 38_000, snapshotOn: asOf } });
    expect(clientSignals(facts, asOf).overdueCents).toBe(38_000);
    expect(clientSignals(clientFacts(), asOf).overdueCents).toBeNull();
  });
});

describe('clientSignals: contract', () => {
  it('counts days to expiry: positive ahead, 0 on the day, negative after', () => {
    expect(clientSignals(clientFacts({ contract: contractFacts({ endsOn: '2026-11-30' }) }), asOf).daysToExpiry).toBe(6);
    expect(clientSignals(clientFacts({ contract: contractFacts({ endsOn: '2026-11-24' }) }), asOf).daysToExpiry).toBe(0);
    expect(clientSignals(clientFacts({ contract: contractFacts({ endsOn: '2026-11-10' }) }), asOf).daysToExpiry).toBe(-14);
    // Across a year end: 2026-11-24 → 2027-01-02 is 6 + 31 + 2 = 39 days.
    expect(clientSignals(clientFacts({ contract: contractFacts({ endsOn: '2027-01-02' }) }), asOf).daysToExpiry).toBe(39);
  });

  it('has no days to expiry for a GYMPASS membership, nor without a contract or an end date', () => {
    expect(clientSignals(clientFacts({ contract: contractFacts({ planFamily: 'gympass', endsOn: '2026-11-30' }) }), asOf).daysToExpiry).toBeNull();
    expect(clientSignals(clientFacts({ contract: null }), asOf).daysToExpiry).toBeNull();
    expect(clientSignals(clientFacts({ contract: contractFacts({ endsOn: null }) }), asOf).daysToExpiry).toBeNull();
  });

  it('passes the renewal through, false without a contract', () => {
    expect(clientSignals(clientFacts({ contract: contractFacts({ renewed: true }) }), asOf).renewed).toBe(true);
    expect(clientSignals(clientFacts({ contract: null }), asOf).renewed).toBe(false);
  });

  it("takes the billing cycle from the plan's period", () => {
    expect(clientSignals(clientFacts({ contract: contractFacts({ periodDays: 90 }) }), asOf).billingCycleDays).toBe(90);
    expect(clientSignals(clientFacts({ contract: contractFacts({ periodDays: null }) }), asOf).billingCycleDays).toBeNull();
    expect(clientSignals(clientFacts({ contract: null }), asOf).billingCycleDays).toBeNull();
  });
});

describe('clientSignals: usage pace', () => {
  const contract = contractFacts({ startsOn: '2026-11-01', endsOn: '2026-11-30' });

  it('reads the pace from the latest balance', () => {
    // Day 24 of 30, 13 classes: expected 13 × 24 / 30 = 10,4; 4 used → 0,3846.
    const signals = clientSignals(clientFacts({ contract, balances: [balanceFacts({ snapshotOn: '2026-11-24', totalUsed: 4 })] }), asOf);
    expect(signals.pace!.expected).toBe(10.4);
    expect(signals.pace!.pace).toBeCloseTo(4 / 10.4, 10);
    expect(signals.previousPace).toBeNull();
  });

  it('takes the previous pace from the newest balance at least 5 days older than the latest', () => {
    const balances = [
      balanceFacts({ snapshotOn: '2026-11-24', totalUsed: 4 }),
      balanceFacts({ snapshotOn: '2026-11-21', totalUsed: 3 }), // 3 days older: too close
      balanceFacts({ snapshotOn: '2026-11-17', totalUsed: 2 }), // 7 days older: this one
      balanceFacts({ snapshotOn: '2026-11-10', totalUsed: 1 }),
    ];
    const signals = clientSignals(clientFacts({ contract, balances }), asOf);
    // Day 17: 13 × 17 / 30 = 7,366… → 7,4; 2 used → 0,2715.
    expect(signals.previousPace!.used).toBe(2);
    expect(signals.previousPace!.expected).toBe(7.4);
    expect(signals.previousPace!.pace).toBeCloseTo(2 / (221 / 30), 10);
  });

  it('accepts a balance exactly 5 days older as the previous one, not 4', () => {
    const fiveDays = [balanceFacts({ snapshotOn: '2026-11-24', totalUsed: 4 }), balanceFacts({ snapshotOn: '2026-11-19', totalUsed: 2 })];
    expect(clientSignals(clientFacts({ contract, balances: fiveDays }), asOf).previousPace!.used).toBe(2);
    const fourDays = [balanceFacts({ snapshotOn: '2026-11-24', totalUsed: 4 }), balanceFacts({ snapshotOn: '2026-11-20', totalUsed: 2 })];
    expect(clientSignals(clientFacts({ contract, balances: fourDays }), asOf).previousPace).toBeNull();
  });

  it('has no pace without a contract or without a balance', () => {
    expect(clientSignals(clientFacts({ contract: null, balances: [balanceFacts({ totalUsed: 4 })] }), asOf).pace).toBeNull();
    expect(clientSignals(clientFacts({ contract, balances: [] }), asOf).pace).toBeNull();
  });
});

describe('clientSignals: payment, acceptance, tenure', () => {
  it('counts days since the last payment, null when none is known', () => {
    expect(clientSignals(clientFacts({ lastPaymentOn: '2026-10-25' }), asOf).daysSincePayment).toBe(30);
    expect(clientSignals(clientFacts({ lastPaymentOn: asOf }), asOf).daysSincePayment).toBe(0);
    expect(clientSignals(clientFacts({ lastPaymentOn: null }), asOf).daysSincePayment).toBeNull();
  });

  it('counts the days a contract has been awaiting acceptance', () => {
    expect(clientSignals(clientFacts({ acceptancePending: { since: '2026-11-21' } }), asOf).acceptancePendingDays).toBe(3);
    expect(clientSignals(clientFacts({ acceptancePending: null }), asOf).acceptancePendingDays).toBeNull();
  });

  it('counts tenure from the client-since date', () => {
    // 2026-08-26 → 2026-11-24: 31 + 30 + 29 days.
    expect(clientSignals(clientFacts({ customerSince: '2026-08-26' }), asOf).tenureDays).toBe(90);
    expect(clientSignals(clientFacts({ customerSince: '2026-11-01' }), asOf).tenureDays).toBe(23);
    expect(clientSignals(clientFacts({ customerSince: null }), asOf).tenureDays).toBeNull();
  });

  it('knows nothing about a client with no facts', () => {
    expect(clientSignals(clientFacts(), asOf)).toEqual({
      blocked: false,
      blockedDays: null,
      overdueCents: null,
      daysToExpiry: null,
      renewed: false,
      pace: null,
      previousPace: null,
      daysSincePayment: null,
      billingCycleDays: null,
      daysWithoutAttendance: null,
      acceptancePendingDays: null,
      tenureDays: null,
    });
  });
});

describe('clientSignals: days without attendance', () => {
  const report = (periodStart: string, periodEnd: string, presences: number | null) => ({ periodStart, periodEnd, presences, absences: 4 });

  it("counts from the report's first day when a recent report shows zero presences", () => {
    // 2026-11-01 through 2026-11-24, both included.
    expect(clientSignals(clientFacts({ attendance: report('2026-11-01', '2026-11-23', 0) }), asOf).daysWithoutAttendance).toBe(24);
    // A report ending 3 days ago still describes today.
    expect(clientSignals(clientFacts({ attendance: report('2026-11-01', '2026-11-21', 0) }), asOf).daysWithoutAttendance).toBe(24);
  });

  it('ignores a zero-presence report that ended more than 3 days ago', () => {
    expect(clientSignals(clientFacts({ attendance: report('2026-11-01', '2026-11-20', 0) }), asOf).daysWithoutAttendance).toBeNull();
  });

  it('reads nothing from a report with presences or unknown presences', () => {
    expect(clientSignals(clientFacts({ attendance: report('2026-11-01', '2026-11-23', 2) }), asOf).daysWithoutAttendance).toBeNull();
    expect(clientSignals(clientFacts({ attendance: report('2026-11-01', '2026-11-23', null) }), asOf).daysWithoutAttendance).toBeNull();
  });

  it('counts from the oldest balance with the same classes used as the latest', () => {
    const balances = [
      balanceFacts({ snapshotOn: '2026-11-24', totalUsed: 5 }),
      balanceFacts({ snapshotOn: '2026-11-17', totalUsed: 5 }),
      balanceFacts({ snapshotOn: '2026-11-10', totalUsed: 5 }),
      balanceFacts({ snapshotOn: '2026-11-03', totalUsed: 3 }),
    ];
    expect(clientSignals(clientFacts({ balances }), asOf).daysWithoutAttendance).toBe(14);
  });

  it('falls back to the balances when a report shows presences', () => {
    const balances = [balanceFacts({ snapshotOn: '2026-11-23', totalUsed: 5 }), balanceFacts({ snapshotOn: '2026-11-08', totalUsed: 5 })];
    expect(clientSignals(clientFacts({ attendance: report('2026-11-01', '2026-11-23', 1), balances }), asOf).daysWithoutAttendance).toBe(16);
  });

  it('is null when the balance changed, when only one balance exists, or when the latest is stale', () => {
    const changed = [balanceFacts({ snapshotOn: '2026-11-24', totalUsed: 6 }), balanceFacts({ snapshotOn: '2026-11-17', totalUsed: 5 })];
    expect(clientSignals(clientFacts({ balances: changed }), asOf).daysWithoutAttendance).toBeNull();
    expect(clientSignals(clientFacts({ balances: [balanceFacts({ totalUsed: 5 })] }), asOf).daysWithoutAttendance).toBeNull();
    // The latest balance is 4 days old.
    const stale = [balanceFacts({ snapshotOn: '2026-11-20', totalUsed: 5 }), balanceFacts({ snapshotOn: '2026-11-06', totalUsed: 5 })];
    expect(clientSignals(clientFacts({ balances: stale }), asOf).daysWithoutAttendance).toBeNull();
    const unknownUse = [balanceFacts({ snapshotOn: '2026-11-24', totalUsed: null }), balanceFacts({ snapshotOn: '2026-11-10', totalUsed: null })];
    expect(clientSignals(clientFacts({ balances: unknownUse }), asOf).daysWithoutAttendance).toBeNull();
  });
});
