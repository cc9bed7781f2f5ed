/**
 * Every planted case of the manifest is really in the workbooks, where an importer would find it:
 * checked on the bytes read back with SheetJS, with the playbook's own trigger (days blocked, pace in
 * both weekly snapshots, days to expiry, trial age, GYMPASS presences, pending acceptance, silent lead).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellObject } from 'xlsx';
import { addDays, daysBetween, fromEpochDay, toEpochDay } from '../domain/calendar-date.ts';
import { fileBytes, readTable, type Table } from './read-back.testing.ts';
import { generateDemo, type GeneratedDemo } from './write-demo.ts';

const asOf = '2026-11-23';
const previous = '2026-11-16';

type Case = GeneratedDemo['manifest']['plantedCases'][number];

/** Excel serial → ISO date. */
function isoFromSerial(cell: CellObject | undefined): string {
  expect(cell?.t).toBe('n');
  return fromEpochDay(Number(cell?.v) - 25_569);
}

/** "23/11/2026…" → "2026-11-23". */
function isoFromText(cell: CellObject | undefined): string {
  const text = String(cell?.v);
  return `${text.slice(6, 10)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;
}

/** What matching the attendance report by name needs: no case, accents, spacing or registration number. */
function normalisedName(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+\d+$/, '').replace(/\s+/g, ' ').trim();
}

const durations: Record<string, number> = { MENSAL: 30, TRIMESTRAL: 90, SEMESTRAL: 180, ANUAL: 365 };

/** Pace from a contract-balance row: used over contracted × share of the period elapsed. */
function paceOf(row: Record<string, CellObject | undefined>, date: string): number {
  const period = String(row.CONTRATO?.v).split(' ').pop() ?? '';
  const days = durations[period] ?? 30;
  const start = addDays(isoFromSerial(row.VENCIMENTO), 1 - days);
  const elapsed = Math.min(days, daysBetween(start, date) + 1);
  return Number(row.UTILIZADAS?.v) / ((Number(row.CONTRATADAS?.v) * elapsed) / days);
}

describe('the planted cases', () => {
  let demo: GeneratedDemo;
  let cases: Case[];
  let t: Record<'balances' | 'olderBalances' | 'sales' | 'prospects' | 'acceptance' | 'status' | 'blocks' | 'contracts' | 'attendance', Table>;
  const byCode = (table: Table, column: string, code: number) => table.rows.filter((row) => Number(row[column]?.v) === code);
  const statusOf = (code: number) => byCode(t.status, 'Código', code)[0]?.['Status atual']?.v;
  const ofPlaybook = (prefix: string) => cases.filter((c) => c.playbook.startsWith(prefix));

  beforeAll(() => {
    demo = generateDemo({ customers: 300, seed: 5, asOf });
    cases = demo.manifest.plantedCases;
    const funnel = fileBytes(demo, 'funil_vendas.xlsx');
    const clients = fileBytes(demo, 'clientes.xlsx');
    t = {
      balances: readTable(funnel, 'venc_ctr', 'CÓDIGO'),
      olderBalances: readTable(fileBytes(demo, `funil_vendas_${previous}.xlsx`), 'venc_ctr', 'CÓDIGO'),
      sales: readTable(funnel, 'vendas_totais', 'Recibo'),
      prospects: readTable(funnel, 'prospects', 'Cliente'),
      acceptance: readTable(clients, 'aceite_ctr', 'Código'),
      status: readTable(clients, 'clientes_ativos', 'Código'),
      blocks: readTable(clients, 'status_completo', 'Código'),
      contracts: readTable(clients, 'conversoes', 'Código'),
      attendance: readTable(fileBytes(demo, 'frequencia.xlsx'), 'frequencia', 'Nome do Aluno'),
    };
  });

  it('covers every playbook, blocks with and without overdue payments, and the three trial and lead ages', () => {
    expect(new Set(cases.map((c) => c.playbook)).size).toBe(12);
    expect(cases).toHaveLength(25);
    expect(new Set(ofPlaybook('blocked').map((c) => c.facts.hasOverduePayments))).toEqual(new Set([true, false]));
    expect(ofPlaybook('trial').map((c) => c.facts.daysSinceTrial)).toEqual([1, 3, 7]);
    expect(ofPlaybook('lead-silent').map((c) => c.facts.daysSinceLastContact)).toEqual([1, 3, 7]);
    expect(demo.manifest).toMatchObject({ seed: 5, asOf, customers: 300 });
  });

  it('shows blocked clients for their days, in their band, with or without overdue payments', () => {
    const bands: Record<string, [number, number]> = { 'blocked-0-3-days': [0, 3], 'blocked-4-7-days': [4, 7], 'blocked-8-14-days': [8, 14], 'blocked-15-plus-days': [15, 10_000] };
    for (const c of ofPlaybook('blocked')) {
      const [row] = byCode(t.blocks, 'Código', c.clientCode);
      expect(row?.['Status Cliente']?.v).toBe('Bloqueado');
      expect(isoFromSerial(row?.['Data de Bloqueio'])).toBe(c.facts.blockedSince);
      const days = Number(row?.['Total de dias bloqueados']?.v);
      expect(days).toBe(c.facts.daysBlocked);
      const [low, high] = bands[c.playbook] ?? [0, 0];
      expect(days).toBeGreaterThanOrEqual(low);
      expect(days).toBeLessThanOrEqual(high);
      const owed = Number(String(row?.['Pagamentos em atraso']?.v).replace(',', '.'));
      expect(owed > 0).toBe(c.facts.hasOverduePayments);
    }
  });

  it('shows a usage pace under 40 % in both weekly snapshots of the contract balances', () => {
    for (const c of ofPlaybook('usage-pace')) {
      const [now] = byCode(t.balances, 'CÓDIGO', c.clientCode);
      const [before] = byCode(t.olderBalances, 'CÓDIGO', c.clientCode);
      expect(now && before).toBeTruthy();
      if (!now || !before) continue;
      expect(paceOf(now, asOf)).toBeLessThan(0.4);
      expect(paceOf(before, previous)).toBeLessThan(0.4);
      expect(Number(now.UTILIZADAS?.v)).toBeGreaterThanOrEqual(Number(before.UTILIZADAS?.v));
      expect(statusOf(c.clientCode)).toBe('Ativo');
    }
  });

  it('shows contracts expiring within 15 days, and within 7 with low use', () => {
    for (const c of ofPlaybook('expires')) {
      const [row] = byCode(t.balances, 'CÓDIGO', c.clientCode);
      const days = daysBetween(asOf, isoFromSerial(row?.VENCIMENTO));
      expect(days).toBe(c.facts.daysToExpiry);
      expect(days).toBeGreaterThanOrEqual(0);
      expect(days).toBeLessThanOrEqual(c.playbook === 'expires-within-7-days-low-use' ? 7 : 15);
      if (c.playbook === 'expires-within-7-days-low-use' && row) expect(paceOf(row, asOf)).toBeLessThan(0.5);
      expect(statusOf(c.clientCode)).toBe('Ativo');
    }
  });

  it('shows expired contracts with nothing after them', () => {
    for (const c of ofPlaybook('expired')) {
      const [row] = byCode(t.balances, 'CÓDIGO', c.clientCode);
      expect(isoFromSerial(row?.VENCIMENTO)).toBe(c.facts.expiredOn);
      expect(String(c.facts.expiredOn) < asOf).toBe(true);
      const later = byCode(t.contracts, 'Código', c.clientCode).filter((k) => isoFromSerial(k['Início']) > String(c.facts.expiredOn));
      expect(later).toEqual([]);
      expect(statusOf(c.clientCode)).toBe('Sem Contrato');
    }
  });

  it('shows trial classes 1, 3 and 7 days old with no paid plan', () => {
    for (const c of ofPlaybook('trial')) {
      const contracts = byCode(t.contracts, 'Código', c.clientCode);
      expect(contracts.map((k) => k.Contrato?.v)).toEqual(['AULA EXPERIMENTAL']);
      expect(isoFromSerial(contracts[0]?.['Início'])).toBe(addDays(asOf, -Number(c.facts.daysSinceTrial)));
      expect(byCode(t.sales, 'Código', c.clientCode).map((s) => s['Descrição']?.v)).toEqual(['AULA EXPERIMENTAL']);
      expect(statusOf(c.clientCode)).toBe('Prospect');
    }
  });

  it('shows frequent GYMPASS members with at least 8 presences, matched by normalised name', () => {
    for (const c of ofPlaybook('gympass')) {
      const rows = t.attendance.rows.filter((row) => normalisedName(String(row['Nome do Aluno']?.v)) === normalisedName(c.clientName));
      expect(rows).toHaveLength(1);
      expect(Number(rows[0]?.GYMPASS?.v)).toBeGreaterThanOrEqual(8);
      expect(Number(rows[0]?.['Presenças']?.v)).toBe(c.facts.presencesInPeriod);
      expect(Number(c.facts.presencesInPeriod)).toBeGreaterThanOrEqual(8);
      expect(statusOf(c.clientCode)).toBe('Cliente Pass');
    }
  });

  it('shows contracts awaiting acceptance for more than 48 hours', () => {
    for (const c of ofPlaybook('acceptance')) {
      const [row] = byCode(t.acceptance, 'Código', c.clientCode);
      expect(row?.Status?.v).toBe('Aguardando aceite');
      expect(row?.Reenvia?.v).toBe('Reenviar');
      const latest = byCode(t.contracts, 'Código', c.clientCode).map((k) => isoFromSerial(k['Início'])).sort().pop();
      expect(latest).toBe(c.facts.sentOn);
      expect(daysBetween(String(latest), asOf)).toBeGreaterThanOrEqual(3);
      expect(Number(c.facts.hoursPendingAtStartOfAsOf)).toBeGreaterThan(48);
    }
  });

  it('shows silent leads last contacted 1, 3 and 7 days ago', () => {
    for (const c of ofPlaybook('lead-silent')) {
      const [row] = byCode(t.prospects, 'Código', c.clientCode);
      expect(isoFromText(row?.Data)).toBe(c.facts.lastContactOn);
      expect(row?.['Status atual']?.v).toBe('Prospect');
      expect(row?.['Primeiro Contrato']?.v).toBe('-');
      expect(toEpochDay(asOf) - toEpochDay(String(c.facts.lastContactOn))).toBe(c.facts.daysSinceLastContact);
    }
  });

  it('plants duplicates, homonyms and names the attendance report cannot match', () => {
    const quality = demo.manifest.dataQuality;
    const attendanceNames = t.attendance.rows.map((row) => normalisedName(String(row['Nome do Aluno']?.v)));
    const clientNames = t.contracts.rows.map((row) => normalisedName(String(row.Cliente?.v)));
    for (const { name, codes } of quality.homonyms) {
      expect(codes).toHaveLength(2);
      expect(attendanceNames.filter((n) => n === normalisedName(name))).toHaveLength(2);
    }
    for (const { codes } of quality.duplicateRegistrations) {
      const phones = codes.map((code) => byCode(t.blocks, 'Código', code)[0]?.Contatos?.v);
      expect(phones[0]).toBe(phones[1]);
    }
    const unmatched = [...quality.misspelledInAttendance.map((m) => m.attendanceName), ...quality.unregisteredInAttendance];
    expect(unmatched.length).toBeGreaterThanOrEqual(2);
    for (const name of unmatched) {
      expect(attendanceNames).toContain(normalisedName(name));
      expect(clientNames).not.toContain(normalisedName(name));
    }
  });
});
