/**
 * The prospects sheet of the sales funnel: everyone who first contacted the studio in the last 90
 * days, with what became of them. Quirks: "Cliente" instead of "Nome" in the header; upper-case names
 * without the registration number; Data as text "dd/mm/yyyy HH:MM"; Valor in integer centavos
 * ("38000" = R$ 380,00), "000" for GYMPASS/TOTALPASS members, "-" when nothing was bought.
 */
import type { CellObject, WorkSheet } from 'xlsx';
import { addDays } from '../../domain/calendar-date.ts';
import { clientStatusOn } from '../client-state.ts';
import { plan } from '../plans.ts';
import { consultantLabel } from '../staff.ts';
import type { Studio } from '../studio-records.ts';
import { brazilianDate, centavosText, integer, text, textDateTime, unknown } from './cells.ts';
import { upperName } from './name-forms.ts';
import { reportSheet } from './report-frame.ts';

const prospectsHeader = [
  'Cliente', 'Código', 'Consultor', 'Data', 'Status atual', 'Primeiro Contrato', 'Valor', 'Agendamentos', 'Contatos', 'Turmas', 'Tipo Visita', 'Origem', 'E-mail Validado',
] as const;

const funnelDays = 90;

export function prospectsSheet(studio: Studio): WorkSheet {
  const since = addDays(studio.asOf, -(funnelDays - 1));
  const entries = studio.clients
    .filter((client) => client.lead.firstContact.date >= since && client.lead.firstContact.date <= studio.asOf)
    .sort((a, b) => {
      const x = a.lead.firstContact;
      const y = b.lead.firstContact;
      return x.date !== y.date ? (x.date < y.date ? 1 : -1) : y.secondOfDay - x.secondOfDay;
    });
  const rows: CellObject[][] = entries.map((client) => {
    const first = client.contracts.find((c) => plan(c.planId).kind !== 'trial' && c.start <= studio.asOf);
    const { lead } = client;
    return [
      text(upperName(client)),
      integer(client.code),
      text(consultantLabel(client.consultant)),
      textDateTime(lead.firstContact, false),
      text(clientStatusOn(client, studio.asOf)),
      first ? text(plan(first.planId).name) : unknown(),
      first ? centavosText(first.valueCentavos) : unknown(),
      integer(lead.scheduledClasses),
      client.identity.phone ? text(client.identity.phone) : unknown(),
      lead.classGroup ? text(lead.classGroup) : unknown(),
      lead.visitType ? text(lead.visitType) : unknown(),
      text(lead.origin),
      text(client.identity.emailValid ? 'Sim' : 'Não'),
    ];
  });
  return reportSheet(
    {
      titles: ['Tecnofit', 'Funil de vendas - Prospects', `Período: ${brazilianDate(since)} a ${brazilianDate(studio.asOf)}`],
      blankRowsBeforeHeader: 1,
      leadingEmptyColumns: 0,
      widths: [34, 9, 34, 18, 14, 38, 10, 14, 18, 28, 18, 14, 16],
    },
    prospectsHeader,
    rows,
  );
}
