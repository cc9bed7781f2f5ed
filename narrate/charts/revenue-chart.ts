/**
 * The briefing's chart: revenue of each of the last 90 days (bars), its 7-day average (line), and,
 * over the current month's days, the daily revenue the forecast expects with its 80 % band (the
 * month's forecast and interval divided by the month's days), so the owner sees at a glance whether
 * the month is on course. Axis labels in pt-BR: "R$ 1,2 mil", "23/11".
 */
import type { EChartsOption } from 'echarts';
import { forecastRevenue } from '../../analytics/models/forecast.ts';
import { completeMonths } from '../../analytics/studio-models.ts';
import { addMonths, daysBetween, type CalendarDate } from '../../domain/calendar-date.ts';
import { formatMoney, formatNumber } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import type { BriefingInputs } from '../briefing/briefing-inputs.ts';
import { renderPng } from './render-png.ts';

export const revenueChartSize = { width: 900, height: 450 };
const shownDays = 90;
const averageDays = 7;

export interface RevenueChartData {
  days: { date: CalendarDate; cents: number }[];
  /** Mean of the day and the six before it; null until seven days exist. */
  movingAverage: (number | null)[];
  /** Expected revenue per day in the current month, when the history allows a forecast with an interval. */
  band: { from: CalendarDate; pointCents: number; lowerCents: number; upperCents: number } | null;
}

function daysInMonth(month: string): number {
  const first = `${month}-01`;
  return daysBetween(first, addMonths(first, 1));
}

export function revenueChartData(inputs: Pick<BriefingInputs, 'dailyRevenue' | 'monthlyRevenue' | 'yesterday'>): RevenueChartData {
  const history = inputs.dailyRevenue;
  const start = Math.max(0, history.length - shownDays);
  const days = history.slice(start).map((day) => ({ date: day.date, cents: day.revenueCents }));
  const movingAverage = days.map((_, index) => {
    const end = start + index + 1;
    if (end < averageDays) return null;
    return Math.round(history.slice(end - averageDays, end).reduce((sum, day) => sum + day.revenueCents, 0) / averageDays);
  });
  const months = completeMonths(inputs.monthlyRevenue, inputs.yesterday);
  const forecast = months.length ? forecastRevenue(months).months[0] : undefined;
  const month = inputs.yesterday.slice(0, 7);
  const band =
    forecast && forecast.month === month && forecast.lowerCents !== null && forecast.upperCents !== null
      ? {
          from: `${month}-01`,
          pointCents: Math.round(forecast.revenueCents / daysInMonth(month)),
          lowerCents: Math.round(forecast.lowerCents / daysInMonth(month)),
          upperCents: Math.round(forecast.upperCents / daysInMonth(month)),
        }
      : null;
  return { days, movingAverage, band };
}

/** "R$ 1,2 mil" on the axis: whole reais under a thousand, thousands with one decimal above. */
function axisMoney(cents: number): string {
  const reais = cents / 100;
  return reais >= 1000 ? `R$ ${formatNumber(reais / 1000, 1)} mil` : `R$ ${formatNumber(reais, 0)}`;
}

const label = (key: string) => say('charts.md', key);

export function revenueChartOption(data: RevenueChartData): EChartsOption {
  const dates = data.days.map((day) => `${day.date.slice(8, 10)}/${day.date.slice(5, 7)}`);
  const inBand = (date: CalendarDate) => data.band !== null && date >= data.band.from;
  const bandSeries = (values: (band: NonNullable<RevenueChartData['band']>) => number) => data.days.map((day) => (inBand(day.date) ? values(data.band!) : null));
  return {
    title: { text: label('revenue-title'), left: 16, top: 12, textStyle: { fontSize: 18, fontWeight: 'bold' } },
    legend: { top: 16, right: 16, data: [label('revenue-day'), label('revenue-average'), ...(data.band ? [label('revenue-forecast')] : [])] },
    grid: { left: 88, right: 24, top: 64, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? formatMoney(value) : '') },
    xAxis: { type: 'category', data: dates, axisLabel: { interval: 13 } },
    yAxis: { type: 'value', axisLabel: { formatter: axisMoney } },
    series: [
      { name: label('revenue-day'), type: 'bar', data: data.days.map((day) => day.cents), itemStyle: { color: '#9ec5fe' } },
      { name: label('revenue-average'), type: 'line', data: data.movingAverage, showSymbol: false, lineStyle: { width: 3, color: '#0b5ed7' }, itemStyle: { color: '#0b5ed7' } },
      ...(data.band
        ? [
            { name: 'band-lower', type: 'line' as const, data: bandSeries((band) => band.lowerCents), stack: 'band', showSymbol: false, lineStyle: { opacity: 0 }, silent: true },
            {
              name: label('revenue-forecast'),
              type: 'line' as const,
              data: bandSeries((band) => band.upperCents - band.lowerCents),
              stack: 'band',
              showSymbol: false,
              lineStyle: { opacity: 0 },
              areaStyle: { color: 'rgba(25, 135, 84, 0.2)' },
              itemStyle: { color: 'rgba(25, 135, 84, 0.5)' },
            },
            { name: 'band-point', type: 'line' as const, data: bandSeries((band) => band.pointCents), showSymbol: false, lineStyle: { type: 'dashed' as const, color: '#198754' }, silent: true },
          ]
        : []),
    ],
  };
}

export function revenueChartPng(inputs: Pick<BriefingInputs, 'dailyRevenue' | 'monthlyRevenue' | 'yesterday'>): Buffer {
  return renderPng(revenueChartOption(revenueChartData(inputs)), revenueChartSize.width, revenueChartSize.height);
}

