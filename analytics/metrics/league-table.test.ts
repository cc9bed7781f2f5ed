import { describe, expect, it } from 'vitest';
import { leagueTable } from './league-table.ts';

describe('leagueTable', () => {
  it('reproduces the doc example: Mateus R$ 600,00 and Camila R$ 400,00 → 60 % and 40 %, highest first', () => {
    expect(
      leagueTable([
        { key: 'Camila', cents: 40_000, receipts: 4 },
        { key: 'Mateus', cents: 60_000, receipts: 2 },
      ]),
    ).toEqual([
      { consultant: 'Mateus', revenueCents: 60_000, receipts: 2, share: 0.6 },
      { consultant: 'Camila', revenueCents: 40_000, receipts: 4, share: 0.4 },
    ]);
  });

  it('breaks revenue ties by name', () => {
    const table = leagueTable([
      { key: 'Rafael', cents: 10_000, receipts: 1 },
      { key: 'Ana', cents: 10_000, receipts: 1 },
      { key: 'Mateus', cents: 20_000, receipts: 2 },
    ]);
    expect(table.map((row) => [row.consultant, row.share])).toEqual([
      ['Mateus', 0.5],
      ['Ana', 0.25],
      ['Rafael', 0.25],
    ]);
  });

  it('has no shares when the period brought no revenue', () => {
    expect(leagueTable([{ key: 'Camila', cents: 0, receipts: 0 }])).toEqual([{ consultant: 'Camila', revenueCents: 0, receipts: 0, share: null }]);
    expect(leagueTable([])).toEqual([]);
  });
});
