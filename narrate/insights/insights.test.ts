import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar-date.ts';
import { anomalyInsight } from './anomaly.ts';
import { changeInsight } from './change.ts';
import { concentrationInsight } from './concentration.ts';
import { topContributorInsight } from './contributors.ts';
import { rankInsights } from './rank.ts';
import { bestDayInYearInsight, monthRecordInsight } from './records.ts';

describe('changeInsight', () => {
  it('R$ 40.000,00 → R$ 46.000,00 is +15 %, strength 1,5, good news for revenue', () => {
    const insight = changeInsight({ subject: 'revenue-month-to-date', unit: 'money', current: 4_600_000, previous: 4_000_000, direction: 'up-is-good' })!;
    expect(insight.sentiment).toBe('good');
    expect(insight.strength).toBeCloseTo(1.5, 10);
    expect(insight.textKey).toBe('change-revenue-month-to-date-up');
    expect(insight.facts.map((fact) => fact.shown)).toEqual(['R$ 46.000,00', 'R$ 40.000,00', '15 %']);
  });

  it('more blocked clients is bad news; fewer is good', () => {
    expect(changeInsight({ subject: 'blocked', unit: 'count', current: 12, previous: 8, direction: 'down-is-good' })?.sentiment).toBe('bad');
    expect(changeInsight({ subject: 'blocked', unit: 'count', current: 4, previous: 8, direction: 'down-is-good' })?.sentiment).toBe('good');
  });

  it('says nothing under 10 %, for a count difference under 3, or from zero', () => {
    expect(changeInsight({ subject: 'r', unit: 'money', current: 10_900, previous: 10_000, direction: 'up-is-good' })).toBeNull();
    expect(changeInsight({ subject: 'b', unit: 'count', current: 3, previous: 2, direction: 'down-is-good' })).toBeNull();
    expect(changeInsight({ subject: 'r', unit: 'money', current: 100, previous: 0, direction: 'up-is-good' })).toBeNull();
  });

  it('caps the strength at 5', () => {
    expect(changeInsight({ subject: 'r', unit: 'money', current: 100_000, previous: 1_000, direction: 'up-is-good' })?.strength).toBe(5);
  });
});

describe('anomalyInsight', () => {
  const mondays = [1000, 1100, 900, 1000, 1050, 950, 1000, 1100, 900, 1000].map((reais, week) => ({ date: addDays('2026-08-03', week * 7), value: reais * 100 }));

  it('a Monday of R$ 3.000,00 among Mondays of about R$ 1.000,00 is an anomaly', () => {
    // Values with yesterday: median 100.000; deviations 0,10k,10k,0,5k,5k,0,10k,10k,0,200k → MAD 5.000 (sorted: 0,0,0,0,5k,5k,10k,...).
    const insight = anomalyInsight('revenue-day', { date: '2026-10-12', value: 300_000 }, mondays, 'up-is-good')!;
    expect(insight.textKey).toBe('anomaly-revenue-day-high');
    expect(insight.sentiment).toBe('good');
    // z = 0,6745 × 200.000 / 5.000 = 26,98; strength = 26,98 / 3,5 = 7,708.
    expect(insight.strength).toBeCloseTo((0.6745 * 40) / 3.5, 6);
    expect(insight.facts.find((fact) => fact.key === 'typical')?.shown).toBe('R$ 1.000,00');
  });

  it('an ordinary Monday, or too few weeks, says nothing', () => {
    expect(anomalyInsight('revenue-day', { date: '2026-10-12', value: 105_000 }, mondays, 'up-is-good')).toBeNull();
    expect(anomalyInsight('revenue-day', { date: '2026-10-12', value: 900_000 }, mondays.slice(0, 7), 'up-is-good')).toBeNull();
  });
});

describe('topContributorInsight', () => {
  it('calistenia carries R$ 4.500,00 of a R$ 6.000,00 rise: 75 %', () => {
    const insight = topContributorInsight(
      'revenue-month-to-date',
      'family',
      [{ key: 'calistenia', cents: 3_500_000 }, { key: 'fisioterapia', cents: 1_100_000 }],
      [{ key: 'calistenia', cents: 3_050_000 }, { key: 'fisioterapia', cents: 950_000 }],
      'up-is-good',
    )!;
    expect(insight.facts.map((fact) => fact.shown)).toEqual(['calistenia', 'R$ 4.500,00', '75 %']);
    expect(insight.strength).toBeCloseTo(0.9 * 1.5 * 0.75, 10);
    expect(insight.textKey).toBe('contributor-family-up');
  });

  it('a key carrying more than the whole change is said as all of it', () => {
    const insight = topContributorInsight('r', 'consultant', [{ key: 'Ana', cents: 15_000 }, { key: 'Bia', cents: 8_000 }], [{ key: 'Ana', cents: 10_000 }, { key: 'Bia', cents: 10_000 }], 'up-is-good')!;
    // Total +3.000, Ana +5.000: share 5/3 > 1.
    expect(insight.textKey).toBe('contributor-consultant-up-all');
    expect(insight.facts.map((fact) => fact.shown)).toEqual(['Ana', 'R$ 50,00']);
  });

  it('a key that only exists in the earlier period counts as 0 now', () => {
    const insight = topContributorInsight('r', 'consultant', [{ key: 'Ana', cents: 1_000 }], [{ key: 'Ana', cents: 1_000 }, { key: 'Bia', cents: 9_000 }], 'up-is-good')!;
    expect(insight.facts[0]!.shown).toBe('Bia');
    expect(insight.sentiment).toBe('bad');
  });
});

describe('concentrationInsight', () => {
  it('Ana with R$ 30.000,00 of R$ 40.000,00 is 75 %, strength 1,5', () => {
    const insight = concentrationInsight('consultant', [{ key: 'Ana', cents: 3_000_000 }, { key: 'Bia', cents: 1_000_000 }])!;
    expect(insight.strength).toBeCloseTo(1.5, 10);
    expect(insight.facts.map((fact) => fact.shown)).toEqual(['Ana', 'R$ 30.000,00', '75 %']);
  });

  it('exactly half, or a single part, is not a concentration', () => {
    expect(concentrationInsight('consultant', [{ key: 'Ana', cents: 500 }, { key: 'Bia', cents: 500 }])).toBeNull();
    expect(concentrationInsight('consultant', [{ key: 'Ana', cents: 500 }])).toBeNull();
  });
});

describe('records', () => {
  const year = Array.from({ length: 364 }, (_, day) => ({ cents: day % 7 === 0 ? 0 : 400_000 + (day % 5) * 10_000 }));

  it('the best day in a year beats every one of the 364 before it', () => {
    expect(bestDayInYearInsight({ date: '2026-11-23', cents: 520_000 }, year)?.facts.map((fact) => fact.shown)).toEqual(['23/11/2026', 'R$ 5.200,00', 'R$ 4.400,00']);
    expect(bestDayInYearInsight({ date: '2026-11-23', cents: 440_000 }, year)).toBeNull();
    expect(bestDayInYearInsight({ date: '2026-11-23', cents: 520_000 }, year.slice(1))).toBeNull();
  });

  it('the month that closed is the best or the worst of twelve', () => {
    const months = Array.from({ length: 11 }, (_, index) => ({ cents: 1_000_000 + index * 1_000 }));
    expect(monthRecordInsight({ month: '2026-10', label: 'outubro', cents: 2_000_000 }, months)?.textKey).toBe('record-revenue-month-best');
    expect(monthRecordInsight({ month: '2026-10', label: 'outubro', cents: 900_000 }, months)?.sentiment).toBe('bad');
    expect(monthRecordInsight({ month: '2026-10', label: 'outubro', cents: 1_005_000 }, months)).toBeNull();
  });
});

describe('rankInsights', () => {
  it('keeps the three strongest worth saying, in a stable order', () => {
    const insight = (subject: string, strength: number, kind: 'change' | 'record' = 'change') => ({ kind, subject, sentiment: 'neutral' as const, strength, textKey: subject, facts: [] });
    const ranked = rankInsights([insight('a', 0.9), insight('b', 2), null, insight('c', 1.5, 'record'), insight('d', 1.5), insight('e', 3)]);
    expect(ranked.map((entry) => entry.subject)).toEqual(['e', 'b', 'c']);
  });

  it('takes at most two of a kind', () => {
    const insight = (subject: string, strength: number, kind: 'change' | 'record') => ({ kind, subject, sentiment: 'neutral' as const, strength, textKey: subject, facts: [] });
    expect(rankInsights([insight('a', 5, 'change'), insight('b', 4, 'change'), insight('c', 3, 'change'), insight('d', 1.2, 'record')]).map((entry) => entry.subject)).toEqual(['a', 'b', 'd']);
  });
});
