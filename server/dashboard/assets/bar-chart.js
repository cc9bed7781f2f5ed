/** Horizontal bars with their label and value (the funnel's leads per stage), as inline SVG. */
import { svg } from './svg.js';

const width = 600;
const rowHeight = 34;
const labelWidth = 120;

export function barChart(bars, name) {
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  const plot = width - labelWidth - 60;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${bars.length * rowHeight + 8}`, role: 'img', 'data-grafico-desenhado': name, class: 'svg-grafico' });
  bars.forEach((bar, index) => {
    const y = index * rowHeight + 4;
    const length = Math.max(2, (plot * bar.value) / top);
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + 20, 'text-anchor': 'end', class: 'rotulo' }, bar.label),
      svg('rect', { x: labelWidth, y, width: length, height: rowHeight - 10, class: 'barra' }),
      svg('text', { x: labelWidth + length + 6, y: y + 20, class: 'valor' }, new Intl.NumberFormat('pt-BR').format(bar.value)),
    );
  });
  return chart;
}
