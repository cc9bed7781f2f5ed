import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar-date.ts';
import { revenueChartData, revenueChartOption, revenueChartPng, revenueChartSize } from './revenue-chart.ts';
import { riskChartSize, riskDistributionData, riskDistributionOption, riskDistributionPng } from './risk-distribution-chart.ts';

const yesterday = '2026-11-23';
/** 120 days: R$ 100,00 × (day index mod 10), so each value is known by hand. */
const dailyRevenue = Array.from({ length: 120 }, (_, index) => ({ date: addDays(yesterday, index - 119), revenueCents: (index % 10) * 10_000 }));
/** Two years of months growing by R$ 100,00: the forecast has an interval (a back-test exists). */
const monthlyRevenue = Array.from({ length: 24 }, (_, index) => {
  const month = new Date(Date.UTC(2024, 10 + index, 1)).toISOString().slice(0, 7);
  return { month, revenueCents: 3_000_000 + index * 10_000 + (index % 3) * 5_000 };
});

function decode(png: Buffer) {
  return PNG.sync.read(png);
}

describe('revenue chart', () => {
  const data = revenueChartData({ dailyRevenue, monthlyRevenue, yesterday });

  it('shows exactly the last 90 days given, and their 7-day average', () => {
    expect(data.days).toHaveLength(90);
    expect(data.days[0]).toEqual({ date: dailyRevenue[30]!.date, cents: dailyRevenue[30]!.revenueCents });
    expect(data.days.at(-1)).toEqual({ date: yesterday, cents: 90_000 });
    // Days 113..119 of the history have indexes mod 10 = 3,4,5,6,7,8,9: mean R$ 600,00.
    expect(data.movingAverage.at(-1)).toBe(60_000);
  });

  it('puts the given values in the chart’s series, and a forecast band over November', () => {
    const option = revenueChartOption(data) as { series: { data: unknown[] }[]; xAxis: { data: string[] } };
    expect(option.series[0]!.data).toEqual(data.days.map((day) => day.cents));
    expect(option.series[1]!.data).toEqual(data.movingAverage);
    expect(option.xAxis.data.at(-1)).toBe('23/11');
    expect(data.band?.from).toBe('2026-11-01');
    const lower = option.series[2]!.data;
    expect(lower.filter((value) => value !== null)).toHaveLength(23);
    expect(lower[lower.length - 1]).toBe(data.band!.lowerCents);
  });

  it('renders a PNG of the expected size with something drawn on it', () => {
    const image = decode(revenueChartPng({ dailyRevenue, monthlyRevenue, yesterday }));
    expect([image.width, image.height]).toEqual([revenueChartSize.width, revenueChartSize.height]);
    const colours = new Set<number>();
    for (let offset = 0; offset < image.data.length; offset += 4 * 97) colours.add(image.data.readUInt32BE(offset));
    expect(colours.size).toBeGreaterThan(5);
  });
});

describe('risk distribution chart', () => {
  it('has one bar per category, in order, with the counts given', () => {
    const data = riskDistributionData({ Alto: 12, Baixo: 300, Crítico: 4 });
    expect(data).toEqual([{ category: 'Baixo', clients: 300 }, { category: 'Médio', clients: 0 }, { category: 'Alto', clients: 12 }, { category: 'Crítico', clients: 4 }]);
    const option = riskDistributionOption(data) as { series: { data: { value: number }[] }[] };
    expect(option.series[0]!.data.map((bar) => bar.value)).toEqual([300, 0, 12, 4]);
  });

  it('renders a PNG of the expected size', () => {
    const image = decode(riskDistributionPng({ Baixo: 10, Alto: 3 }));
    expect([image.width, image.height]).toEqual([riskChartSize.width, riskChartSize.height]);
  });
});
