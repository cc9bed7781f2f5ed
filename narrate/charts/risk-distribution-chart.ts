/**
 * How the active base splits across risk categories (Baixo, Médio, Alto, Crítico), one bar each with
 * its count on top, colored from calm to alarming: the dashboard's and the weekly report's picture of
 * risk.
 */
import type { EChartsOption } from 'echarts';
import { riskCategories } from '../../db/schema/scores.ts';
import { formatNumber } from '../../domain/brazilian-format.ts';
import { say } from '../../prompts/catalog.ts';
import { renderPng } from './render-png.ts';

export const riskChartSize = { width: 700, height: 400 };
const colors = ['#198754', '#ffc107', '#fd7e14', '#dc3545'];

/** Counts in the order of `riskCategories`; a category nobody is in is 0. */
export function riskDistributionData(counts: Partial<Record<string, number>>): { category: string; clients: number }[] {
  return riskCategories.map((category) => ({ category, clients: counts[category] ?? 0 }));
}

export function riskDistributionOption(data: { category: string; clients: number }[]): EChartsOption {
  return {
    title: { text: say('charts.md', 'risk-title'), left: 16, top: 12, textStyle: { fontSize: 18, fontWeight: 'bold' } },
    grid: { left: 64, right: 24, top: 64, bottom: 40 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? formatNumber(value, 0) : '') },
    xAxis: { type: 'category', data: data.map((entry) => entry.category) },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => formatNumber(value, 0) } },
    series: [
      {
        name: say('charts.md', 'risk-clients'),
        type: 'bar',
        data: data.map((entry, index) => ({ value: entry.clients, itemStyle: { color: colors[index] } })),
        label: { show: true, position: 'top', formatter: (params) => formatNumber(Number(params.value), 0) },
      },
    ],
  };
}

export function riskDistributionPng(counts: Partial<Record<string, number>>): Buffer {
  return renderPng(riskDistributionOption(riskDistributionData(counts)), riskChartSize.width, riskChartSize.height);
}
