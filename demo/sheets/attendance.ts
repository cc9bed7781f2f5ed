/**
 * The frequency report (a file of its own): bookings per student over the 30 days ending at as-of, by
 * kind (fixed schedule, drop-in, make-up, trial, GYMPASS) and outcome. It has names only, written as
 * the schedule shows them, so matching them to client codes needs normalisation; homonyms,
 * misspellings and unregistered pass holders are in it too. Header variant: "Nome do Aluno".
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { attendancePeriod } from '../report-dates.ts';
import type { Studio, Visit, VisitKind } from '../studio-records.ts';
import { brazilianDate, integer, text } from './cells.ts';
import { scheduleName } from './name-forms.ts';
import { reportSheet } from './report-frame.ts';

const attendanceHeader = [
  'Nome do Aluno', 'Agenda fixa', 'Aula Avulsa', 'Reposição', 'Prospect', 'GYMPASS', 'Total', 'Sem ação', 'Presenças', 'Faltas',
] as const;

const kinds: readonly VisitKind[] = ['fixa', 'avulsa', 'reposicao', 'prospect', 'gympass'];

function counts(name: string, visits: readonly Visit[]): CellObject[] {
  const outcome = (o: Visit['outcome']) => visits.filter((v) => v.outcome === o).length;
  return [
    text(name),
    ...kinds.map((kind) => integer(visits.filter((v) => v.kind === kind).length)),
    integer(visits.length),
    integer(outcome('sem-acao')),
    integer(outcome('presenca')),
    integer(outcome('falta')),
  ];
}

/** Sorting key that ignores case and accents, as the report's alphabetical order does. */
function sortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toUpperCase();
}

export function attendanceSheet(studio: Studio): WorkSheet {
  const period = attendancePeriod(studio.asOf);
  const within = (visits: readonly Visit[]) => visits.filter((v) => v.date >= period.from && v.date <= period.to);
  const students = [
    ...studio.clients.filter((c) => !c.excluded).map((client) => ({ name: scheduleName(client), visits: within(client.visits), code: client.code })),
    ...studio.walkIns.map((walkIn) => ({ name: walkIn.name, visits: within(walkIn.visits), code: 0 })),
  ].filter((student) => student.visits.length > 0);
  students.sort((a, b) => {
    const x = sortKey(a.name);
    const y = sortKey(b.name);
    return x !== y ? (x < y ? -1 : 1) : a.code - b.code;
  });
  return reportSheet(
    {
      titles: ['Tecnofit', 'Relatório de frequência', `Período: ${brazilianDate(period.from)} a ${brazilianDate(period.to)}`],
      blankRowsBeforeHeader: 1,
      leadingEmptyColumns: 1,
      widths: [34, 12, 12, 11, 10, 10, 8, 10, 11, 8],
    },
    attendanceHeader,
    students.map((student) => counts(student.name, student.visits)),
  );
}
