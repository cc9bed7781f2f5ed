/**
 * The revenue chart of the briefing, drawn in the browser from GET /briefing's `revenueChart` (the
 * same data the briefing's PNG is drawn from): a bar per day, the 7-day average as a line, and over the
 * current month the forecast's daily expectation with its 80 % band. Scales to the phone's width.
 */
import { formatted } from './format.js';
import { axisMoney, svg } from './svg.js';

const width = 900;
const height = 320;
const margin = { left: 84, right: 12, top: 12, bottom: 32 };

export function revenueChart({ days, movingAverage, band }) {
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const top = Math.max(1, ...days.map((day) => day.cents), ...(band ? [band.upperCents] : []));
  const step = plotWidth / Math.max(1, days.length);
  const x = (index) => margin.left + index * step;
  const y = (cents) => margin.top + plotHeight * (1 - cents / top);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-grafico-desenhado': 'receita', class: 'svg-grafico' });
  for (const fraction of [0, 0.5, 1]) {
    const cents = Math.round(top * fraction);
    chart.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y(cents), y2: y(cents), class: 'grade' }));
    chart.append(svg('text', { x: margin.left - 6, y: y(cents) + 4, 'text-anchor': 'end', class: 'eixo' }, axisMoney(cents)));
  }
  const bandStart = band ? days.findIndex((day) => day.date >= band.from) : -1;
  if (bandStart >= 0) {
    const bandWidth = plotWidth - bandStart * step;
    chart.append(svg('rect', { x: x(bandStart), y: y(band.upperCents), width: bandWidth, height: y(band.lowerCents) - y(band.upperCents), class: 'faixa' }));
    chart.append(svg('line', { x1: x(bandStart), x2: width - margin.right, y1: y(band.pointCents), y2: y(band.pointCents), class: 'previsto' }));
  }
  days.forEach((day, index) => {
    chart.append(svg('rect', { x: x(index) + step * 0.1, y: y(day.cents), width: step * 0.8, height: y(0) - y(day.cents), class: 'barra' }, svg('title', {}, `${formatted(day.date, 'data')}: ${formatted(day.cents, 'dinheiro')}`)));
    if (index % 14 === 0) chart.append(svg('text', { x: x(index) + step / 2, y: height - 10, 'text-anchor': 'middle', class: 'eixo' }, `${day.date.slice(8, 10)}/${day.date.slice(5, 7)}`));
  });
  const points = movingAverage.flatMap((cents, index) => (cents === null ? [] : [`${x(index) + step / 2},${y(cents)}`]));
  if (points.length > 1) chart.append(svg('polyline', { points: points.join(' '), class: 'media' }));
  return chart;
}
