/**
 * The studio behaves like one: three years of sales ending at as-of, the Brazilian calendar in its
 * sign-ups and revenue, churn that follows low usage, renewals, trials and GYMPASS members who
 * convert, several consultants and payment methods.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../domain/calendar-date.ts';
import { clientStatusOn, usagePace } from './client-state.ts';
import { plan } from './plans.ts';
import { fileBytes, readTable, type Table } from './read-back.testing.ts';
import { simulateStudio, type SimulatedStudio } from './simulate.ts';
import type { Client } from './studio-records.ts';
import { generateDemo } from './write-demo.ts';

const asOf = '2026-11-23';

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Pace of the client's latest calisthenics plan, up to its end (or as-of, or its cancellation). */
function lastPlanPace(client: Client): number | null {
  for (let i = client.contracts.length - 1; i >= 0; i -= 1) {
    const contract = client.contracts[i];
    if (!contract || plan(contract.planId).kind !== 'calistenia' || contract.start > asOf) continue;
    const until = [contract.end, asOf, contract.cancelledOn ?? contract.end].sort()[0] ?? asOf;
    return usagePace(client, i, until);
  }
  return null;
}

describe('the simulated studio', () => {
  let simulated: SimulatedStudio;
  let sales: Table;

  beforeAll(() => {
    simulated = simulateStudio({ customers: 300, seed: 3, asOf });
    sales = readTable(fileBytes(generateDemo({ customers: 300, seed: 3, asOf }), 'funil_vendas.xlsx'), 'vendas_totais', 'Recibo');
  });

  it('has three years of receipts ending at as-of, in date order', () => {
    const dates = sales.rows.map((row) => String(row.Data?.v)).map((d) => `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`);
    expect(dates[0]! >= addMonths(asOf, -36)).toBe(true);
    expect(dates[0]! < addMonths(asOf, -35)).toBe(true);
    expect(dates[dates.length - 1]! <= asOf).toBe(true);
    expect(dates[dates.length - 1]! >= addDays(asOf, -7)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(sales.rows.length).toBeGreaterThan(600);
  });

  it('earns more in January and March than in December, on average', () => {
    const byMonth = new Map<string, number>();
    for (const row of sales.rows) {
      const month = String(row.Data?.v).slice(3, 10);
      byMonth.set(month, (byMonth.get(month) ?? 0) + Number(row.Valor?.v));
    }
    const average = (mm: string) => mean([...byMonth].filter(([month]) => month.startsWith(mm)).map(([, value]) => value));
    expect(average('01')).toBeGreaterThan(average('12'));
    expect(average('03')).toBeGreaterThan(average('12'));
  });

  it('signs up more people in January and March than in December and July', () => {
    const signUps = (mm: string) => simulated.studio.clients.filter((c) => c.registeredOn.slice(5, 7) === mm).length;
    expect(signUps('01') + signUps('03')).toBeGreaterThan(1.5 * (signUps('12') + signUps('07')));
  });

  it('loses clients who trained less than those it keeps', () => {
    const paces = (statuses: string[]) =>
      simulated.studio.clients
        .filter((c) => statuses.includes(clientStatusOn(c, asOf)))
        .map(lastPlanPace)
        .filter((p): p is number => p !== null);
    const churned = paces(['Cancelado', 'Sem Contrato']);
    const retained = paces(['Ativo']);
    expect(churned.length).toBeGreaterThan(20);
    expect(retained.length).toBeGreaterThan(20);
    expect(mean(churned)).toBeLessThan(mean(retained) - 0.05);
  });

  it('renews plans, converts trial classes and GYMPASS members, and sells drop-ins and packs', () => {
    const clients = simulated.studio.clients;
    const kinds = (c: Client) => c.contracts.map((k) => plan(k.planId).kind);
    expect(clients.filter((c) => kinds(c).filter((k) => k === 'calistenia').length >= 4).length).toBeGreaterThan(20);
    const trials = clients.filter((c) => kinds(c)[0] === 'trial');
    const converted = trials.filter((c) => kinds(c).some((k) => k === 'calistenia' || k === 'pack'));
    expect(converted.length).toBeGreaterThan(5);
    expect(converted.length).toBeLessThan(trials.length);
    expect(clients.some((c) => kinds(c)[0] === 'aggregator' && kinds(c).includes('calistenia'))).toBe(true);
    for (const kind of ['drop-in', 'pack', 'fisioterapia', 'aggregator'] as const) expect(clients.some((c) => kinds(c).includes(kind))).toBe(true);
  });

  it('sells through several consultants and every payment method', () => {
    expect(new Set(sales.rows.map((row) => row.Consultor?.v)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(sales.rows.map((row) => row['Forma de Pagamento']?.v))).toEqual(
      new Set(['Pix', 'Cartão de crédito', 'Cartão de débito', 'Dinheiro', 'Boleto', 'Recorrente']),
    );
  });

  it('gives different studios for different seeds', () => {
    const other = simulateStudio({ customers: 300, seed: 4, asOf });
    expect(other.studio.clients.map((c) => c.identity.name)).not.toEqual(simulated.studio.clients.map((c) => c.identity.name));
  });

  it('plants as many playbooks as a tiny studio can hold', () => {
    const tiny = simulateStudio({ customers: 5, seed: 1, asOf });
    expect(tiny.studio.clients).toHaveLength(5);
    expect(new Set(tiny.planted.map((p) => p.playbook)).size).toBe(5);
  });
});
