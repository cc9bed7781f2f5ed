/** Resumo (owner and manager): the day's KPIs, the revenue chart with the forecast band, the next months' forecast, the briefing's insights. */
import { api } from '../session.js';
import { revenueChart } from '../revenue-chart.js';
import { absentWhenNotFound, fill, renderRows } from '../template.js';

export async function render(view, { names }) {
  const [summary, briefing, forecast] = await Promise.all([api('/summary'), api('/briefing'), api('/forecast').catch(absentWhenNotFound)]);
  fill(view, { asOf: summary.asOf });
  fill(view, summary.metrics, { attribute: 'kpi' });
  view.querySelector('[data-grafico="receita"]').replaceChildren(revenueChart(briefing.revenueChart));
  renderRows(view, 'previsao', forecast?.forecast.months ?? [], names);
  renderRows(view, 'destaques', briefing.insights, names);
}
