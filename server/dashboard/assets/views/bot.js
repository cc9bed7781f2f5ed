/** Bot e funil (every role, marketing included): leads per stage, conversions, and how the bot serves leads. */
import { barChart } from '../bar-chart.js';
import { api } from '../session.js';
import { fill, renderRows, showError, text } from '../template.js';

async function funnel(view) {
  const { stages, trialConversion, gympassConversion } = await api('/funnel');
  view.querySelector('[data-grafico="funil"]').replaceChildren(barChart(Object.entries(stages).map(([stage, leads]) => ({ label: stage, value: leads })), 'funil'));
  fill(view.querySelector('[data-fonte="funnel"]'), {
    trialRate: trialConversion.rate, trialConverted: trialConversion.converted, trialStarted: trialConversion.started,
    gympassRate: gympassConversion.rate, gympassConverted: gympassConversion.converted, gympassStarted: gympassConversion.started,
  });
}

async function bot(view, names) {
  const performance = await api('/bot-performance');
  fill(view.querySelector('[data-fonte="bot"]'), performance);
  renderRows(view, 'motivos', Object.entries(performance.handoffReasons).map(([reason, count]) => ({ reason: text(`motivo-${reason}`), count })), names);
}

export async function render(view, { names }) {
  await Promise.all([funnel(view).catch((error) => showError(view, error)), bot(view, names).catch((error) => showError(view, error))]);
}
