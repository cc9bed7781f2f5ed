import { describe, expect, it } from 'vitest';
import { quintileScores, rfmScores, rfmSegment, rfmSegmentRules, rfmSegments, type RfmScore } from './rfm.ts';

const scores: RfmScore[] = [1, 2, 3, 4, 5];

/** Written by hand from the rules: rows R = 5..1, columns F = 1..5. */
const highMonetary = [
  ['Novos', 'Potenciais leais', 'Potenciais leais', 'Campeões', 'Campeões'],
  ['Promissores', 'Potenciais leais', 'Potenciais leais', 'Campeões', 'Campeões'],
  ['Quase dormindo', 'Precisam de atenção', 'Precisam de atenção', 'Leais', 'Leais'],
  ['Hibernando', 'Hibernando', 'Em risco', 'Não pode perder', 'Não pode perder'],
  ['Perdidos', 'Perdidos', 'Em risco', 'Não pode perder', 'Não pode perder'],
];
const lowMonetary = [
  ['Novos', 'Potenciais leais', 'Potenciais leais', 'Leais', 'Leais'],
  ['Promissores', 'Potenciais leais', 'Potenciais leais', 'Leais', 'Leais'],
  ['Quase dormindo', 'Precisam de atenção', 'Precisam de atenção', 'Leais', 'Leais'],
  ['Hibernando', 'Hibernando', 'Em risco', 'Em risco', 'Em risco'],
  ['Perdidos', 'Perdidos', 'Em risco', 'Em risco', 'Em risco'],
];

describe('rfmSegment', () => {
  it('puts every one of the 125 cells in exactly the hand-written segment, and reaches every segment', () => {
    const seen = new Set<string>();
    for (const r of scores) {
      for (const f of scores) {
        for (const m of scores) {
          const segment = rfmSegment(r, f, m);
          expect(rfmSegments).toContain(segment);
          expect(segment).toBe((m >= 4 ? highMonetary : lowMonetary)[5 - r]![f - 1]);
          expect(rfmSegmentRules.some((rule) => rule.matches(r, f, m))).toBe(true);
          seen.add(segment);
        }
      }
    }
    expect([...seen].sort()).toEqual([...rfmSegments].sort());
    expect(rfmSegments).toHaveLength(11);
  });

  it('has one rule per segment, in the documented order', () => {
    expect(rfmSegmentRules.map((rule) => rule.segment)).toEqual([...rfmSegments]);
  });
});

describe('quintileScores', () => {
  it('spreads distinct values evenly: 5 values → 1..5, 10 values → two per score', () => {
    expect(quintileScores([50, 10, 40, 20, 30])).toEqual([5, 1, 4, 2, 3]);
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives equal values equal scores', () => {
    // n = 5. Value 0: less 0, equal 3 → floor(5·3/10) + 1 = 2. Value 5: less 3, equal 1 → floor(5·7/10) + 1 = 4.
    // Value 10: less 4, equal 1 → floor(5·9/10) + 1 = 5.
    expect(quintileScores([0, 10, 0, 5, 0])).toEqual([2, 5, 2, 4, 2]);
    expect(quintileScores([7, 7, 7])).toEqual([3, 3, 3]);
    expect(quintileScores([])).toEqual([]);
  });
});

describe('rfmScores', () => {
  it('scores a small list by hand', () => {
    // asOf 2026-03-31. Recency values (−days): A −1, B −30, C −75, D none (−∞), E −1.
    //   D: less 0, equal 1 → floor(5/10)+1 = 1;  C: less 1 → floor(15/10)+1 = 2;  B: less 2 → floor(25/10)+1 = 3;
    //   A, E: less 3, equal 2 → floor(40/10)+1 = 5.
    // Visits A 12, B 3, C 8, D 0, E 1 → distinct: D 1, E 2, B 3, C 4, A 5.
    // Payments A 60 000, B 30 000, C 60 000, D 0, E 15 000:
    //   D: less 0 → 1;  E: less 1 → floor(15/10)+1 = 2;  B: less 2 → 3;  A, C: less 3, equal 2 → floor(40/10)+1 = 5.
    const result = rfmScores(
      [
        { code: 'A', lastVisitOrPaymentOn: '2026-03-30', visits: 12, paymentsCents: 60_000 },
        { code: 'B', lastVisitOrPaymentOn: '2026-03-01', visits: 3, paymentsCents: 30_000 },
        { code: 'C', lastVisitOrPaymentOn: '2026-01-15', visits: 8, paymentsCents: 60_000 },
        { code: 'D', lastVisitOrPaymentOn: null, visits: 0, paymentsCents: 0 },
        { code: 'E', lastVisitOrPaymentOn: '2026-03-30', visits: 1, paymentsCents: 15_000 },
      ],
      '2026-03-31',
    );
    expect(result).toEqual([
      { code: 'A', recencyDays: 1, recency: 5, frequency: 5, monetary: 5, segment: 'Campeões' },
      { code: 'B', recencyDays: 30, recency: 3, frequency: 3, monetary: 3, segment: 'Precisam de atenção' },
      { code: 'C', recencyDays: 75, recency: 2, frequency: 4, monetary: 5, segment: 'Não pode perder' },
      { code: 'D', recencyDays: null, recency: 1, frequency: 1, monetary: 1, segment: 'Perdidos' },
      { code: 'E', recencyDays: 1, recency: 5, frequency: 2, monetary: 2, segment: 'Potenciais leais' },
    ]);
  });

  it('rejects a last visit after asOf', () => {
    expect(() => rfmScores([{ code: 'A', lastVisitOrPaymentOn: '2026-04-01', visits: 1, paymentsCents: 0 }], '2026-03-31')).toThrow(RangeError);
  });
});
