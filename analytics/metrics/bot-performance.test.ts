import { describe, expect, it } from 'vitest';
import { botPerformance } from './bot-performance.ts';

describe('botPerformance', () => {
  it('computes autonomy, hand-offs, response times and messages to conversion by hand', () => {
    const result = botPerformance([
      { handoffReason: null, firstResponseMs: 100, responseMs: [100, 200], inboundMessages: 4, enrolled: true },
      { handoffReason: 'asked', firstResponseMs: 300, responseMs: [300], inboundMessages: 2, enrolled: false },
      { handoffReason: null, firstResponseMs: 50, responseMs: [50, 400_000], inboundMessages: 6, enrolled: true },
      { handoffReason: null, firstResponseMs: null, responseMs: [], inboundMessages: 1, enrolled: false },
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
    });
  });

  it('says nothing it cannot know from no conversations', () => {
    expect(botPerformance([])).toMatchObject({ conversations: 0, autonomyRate: null, firstResponseMedianMs: null, messagesToConversionMedian: null });
  });
});
