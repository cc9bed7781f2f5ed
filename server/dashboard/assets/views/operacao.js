/** Operação: who is at risk, renewals due, who is blocked; for owner and manager also what each playbook saved. */
import { api } from '../session.js';
import { absentWhenNotFound, fill, renderRows } from '../template.js';

export async function render(view, { role, names }) {
  const management = role === 'owner' || role === 'manager';
  const [risk, renewals, blocked, outcomes] = await Promise.all([
    api('/risk?limit=20'),
    api('/renewals?days=15'),
    api('/blocked'),
    management ? api('/outreach/playbook-outcomes').catch(absentWhenNotFound) : null,
  ]);
  fill(view, { asOf: risk.asOf, totalMonthlyValueCents: blocked.totalMonthlyValueCents, windowDays: outcomes?.playbookOutcomes.windowDays, ...(outcomes?.playbookOutcomes.total ?? {}) });
  renderRows(view, 'risco', risk.items, names);
  renderRows(view, 'vencimentos', renewals.items, names);
  renderRows(view, 'bloqueados', blocked.items, names);
  if (management) renderRows(view, 'playbooks', outcomes?.playbookOutcomes.byPlaybook ?? [], names);
}
