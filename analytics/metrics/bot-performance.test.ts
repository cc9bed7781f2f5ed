import { describe, expect, it } from 'vitest';
import { botPerformance } from './bot-performance.ts';

describe('botPerformance', () => {
  it('computes autonomy, hand-offs, response times and messages to conversion by hand', () => {
    const result = botPerformance([
      { handoffReason: null, firstResponseMs: 100, responseMs: [100, 200], inboundMessages: 4, enrolled: true, handoff: null },
      { handoffReason: 'asked', firstResponseMs: 300, responseMs: [300], inboundMessages: 2, enrolled: false, handoff: { staffId: 7, staffName: 'Ana', firstResponseMs: 90_000 } },
      { handoffReason: null, firstResponseMs: 50, responseMs: [50, 400_000], inboundMessages: 6, enrolled: true, handoff: null },
      { handoffReason: null, firstResponseMs: null, responseMs: [], inboundMessages: 1, enrolled: false, handoff: null },
    ]);
    expect(result).toEqual({
      conversations: 4,
      autonomyRate: 0.75,
      handoffRate: 0.25,
      handoffReasons: { asked: 1 },
      // First replies 50, 100, 300: median 100; nearest rank p95 = ceil(0,95 × 3) = 3rd = 300.
      firstResponseMedianMs: 100,
      firstResponseP95Ms: 300,
      // 4 of 5 replies within 5 minutes.
      repliesWithinFiveMinutes: 0.8,
      // Enrolled conversations had 4 and 6 messages: median 5.
      messagesToConversionMedian: 5,
      people: [{ staffId: 7, staffName: 'Ana', answered: 1, unanswered: 0, firstResponseMedianMs: 90_000, firstResponseP95Ms: 90_000, withinFiveMinutes: 1 }],
    });
  });

  it('gives each person’s first response to the leads handed to them (the example in the doc comment)', () => {
    const handedToAna = (firstResponseMs: number | null) => ({
      handoffReason: 'asked', firstResponseMs: 100, responseMs: [100], inboundMessages: 2, enrolled: false, handoff: { staffId: 7, staffName: 'Ana', firstResponseMs },
    });
    const nobody = { ...handedToAna(null), handoff: { staffId: null, staffName: null, firstResponseMs: null } };
    const { people } = botPerformance([handedToAna(60_000), handedToAna(600_000), handedToAna(120_000), handedToAna(null), nobody]);
    // Answered 60 000, 120 000, 600 000: median 120 000; nearest rank p95 = 3rd = 600 000; 2 of 3 within 5 minutes.
    expect(people).toEqual([
      { staffId: 7, staffName: 'Ana', answered: 3, unanswered: 1, firstResponseMedianMs: 120_000, firstResponseP95Ms: 600_000, withinFiveMinutes: 2 / 3 },
      { staffId: null, staffName: null, answered: 0, unanswered: 1, firstResponseMedianMs: null, firstResponseP95Ms: null, withinFiveMinutes: null },
    ]);
  });

  it('says nothing it cannot know from no conversations', () => {
    expect(botPerformance([])).toMatchObject({ conversations: 0, autonomyRate: null, firstResponseMedianMs: null, messagesToConversionMedian: null });
  });
});
