import { describe, expect, it } from 'vitest';
import { clientFacts, paceOf, quietSignals } from '../client-facts.testing.ts';
import { usageScore } from './usage-score.ts';

const report = (presences: number | null, absences: number | null) => clientFacts({ attendance: { periodStart: '2026-11-01', periodEnd: '2026-11-23', presences, absences } });

describe('usageScore', () => {
  it('reproduces the doc examples: pace 0,46 → 46; 6 presences and 2 absences → 75', () => {
    expect(usageScore(quietSignals({ pace: paceOf(0.46, 3, 6.5) }), clientFacts())).toEqual({ score: 46, explanation: '46 % do ritmo esperado (3 de 6,5 aulas até agora)' });
    expect(usageScore(quietSignals(), report(6, 2))).toEqual({ score: 75, explanation: '6 presenças e 2 faltas no período' });
  });

  it('caps a pace ahead of schedule at 100', () => {
    expect(usageScore(quietSignals({ pace: paceOf(1.3) }), clientFacts()).score).toBe(100);
    expect(usageScore(quietSignals({ pace: paceOf(0) }), clientFacts()).score).toBe(0);
  });

  it('prefers the class balance to the frequency report', () => {
    expect(usageScore(quietSignals({ pace: paceOf(0.2) }), report(6, 2)).score).toBe(20);
  });

  it('uses singular words for one presence and one absence', () => {
    expect(usageScore(quietSignals(), report(1, 1))).toEqual({ score: 50, explanation: '1 presença e 1 falta no período' });
    expect(usageScore(quietSignals(), report(0, 3)).score).toBe(0);
  });

  it('has no data without a balance and without a usable report', () => {
    const none = { score: null, explanation: 'sem saldo de aulas nem relatório de frequência' };
    expect(usageScore(quietSignals(), clientFacts())).toEqual(none);
    expect(usageScore(quietSignals(), report(0, 0))).toEqual(none);
    expect(usageScore(quietSignals(), report(null, 2))).toEqual(none);
    expect(usageScore(quietSignals(), report(3, null))).toEqual(none);
  });
});
