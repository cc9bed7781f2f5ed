/**
 * `venc_ctr`: each member's latest plan with its expiry and class balance, on one snapshot date.
 * Written for as-of and for a week earlier, so an importer sees two weekly snapshots of usage pace.
 * Quirks: title rows and an empty first column; CÓDIGO as a number reading "1002.0"; VENCIMENTO as a
 * real date cell; weekly counts as decimal-comma text; "-" where a pack has no weekly allowance.
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { daysBetween, type CalendarDate } from '../../domain/calendar-date.ts';
import { classesUsed, classesUsedThisWeek, contractStatusOn, latestBalanceContract } from '../client-state.ts';
import { contractedClasses, plan } from '../plans.ts';
import { weekStart } from '../report-dates.ts';
import type { Studio } from '../studio-records.ts';
import { brazilianDate, dateCell, decimalCode, decimalComma, integer, text, unknown } from './cells.ts';
import { numberedName } from './name-forms.ts';
import { reportSheet } from './report-frame.ts';

const contractBalancesHeader = [
  'CÓDIGO', 'CLIENTE', 'CONTRATO', 'VENCIMENTO', 'CONTRATADAS POR SEMANA', 'UTILIZADAS NA SEMANA', 'DISPONÍVEIS NA SEMANA', 'CONTRATADAS', 'UTILIZADAS', 'DISPONÍVEIS',
] as const;

/** Contracts that ended more than this many days before the snapshot drop out of the report. */
const expiredWindowDays = 45;

export function contractBalancesSheet(studio: Studio, date: CalendarDate): WorkSheet {
  const monday = weekStart(date);
  const lines: { expires: CalendarDate; code: number; cells: CellObject[] }[] = [];
  for (const client of studio.clients) {
    if (client.excluded) continue;
    const index = latestBalanceContract(client, date);
    if (index === null) continue;
    const contract = client.contracts[index];
    if (!contract) continue;
    const status = contractStatusOn(contract, date);
    const recentlyEnded = status === 'Finalizado' && daysBetween(contract.end, date) <= expiredWindowDays;
    if (status !== 'Ativo' && status !== 'Bloqueado' && !recentlyEnded) continue;
    const p = plan(contract.planId);
    const contracted = contractedClasses(p) ?? 0;
    const used = classesUsed(client, index, date);
    const usedThisWeek = classesUsedThisWeek(client, index, date, monday);
    const weekly = p.sessionsPerWeek;
    lines.push({
      expires: contract.end,
      code: client.code,
      cells: [
        decimalCode(client.code),
        text(numberedName(client)),
        text(p.name),
        dateCell(contract.end),
        weekly === null ? unknown() : decimalComma(weekly, 1),
        weekly === null ? unknown() : decimalComma(usedThisWeek, 1),
        weekly === null ? unknown() : decimalComma(Math.max(0, weekly - usedThisWeek), 1),
        integer(contracted),
        integer(used),
        integer(Math.max(0, contracted - used)),
      ],
    });
  }
  lines.sort((a, b) => (a.expires !== b.expires ? (a.expires < b.expires ? -1 : 1) : a.code - b.code));
  return reportSheet(
    {
      titles: ['Tecnofit', 'Vencimento de contratos', `Saldo de aulas em ${brazilianDate(date)}`],
      blankRowsBeforeHeader: 1,
      leadingEmptyColumns: 1,
      widths: [10, 34, 38, 13, 12, 12, 12, 12, 12, 12],
    },
    contractBalancesHeader,
    lines.map((line) => line.cells),
  );
}
