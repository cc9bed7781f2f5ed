/**
 * `manifest.json`, written beside the workbooks: what was generated (seed, as-of, files and their
 * layouts, counts) and, above all, every planted case with the facts that make it qualify, plus the
 * planted data-quality problems, so an importer or a playbook can be tested against known answers.
 */
import { clientStatusOn } from './client-state.ts';
import { playbookTriggers } from './planted-cases.ts';
import { scheduleName } from './sheets/name-forms.ts';
import { receipts } from './sheets/sales.ts';
import type { SimulatedStudio } from './simulate.ts';
import type { ClientStatus } from './studio-records.ts';
import type { DemoFile } from './write-workbooks.ts';

export const manifestFileName = 'manifest.json';

export function demoManifest({ studio, planted, dataQuality }: SimulatedStudio, files: readonly DemoFile[]) {
  const { asOf } = studio;
  const clientsByStatus: Partial<Record<ClientStatus, number>> = {};
  for (const client of studio.clients) {
    const status = clientStatusOn(client, asOf);
    clientsByStatus[status] = (clientsByStatus[status] ?? 0) + 1;
  }
  const paid = receipts(studio);
  return {
    generator: 'pulso demo',
    seed: studio.seed,
    asOf,
    timeZone: 'America/Sao_Paulo',
    customers: studio.clients.length,
    salesHistory: { from: studio.historyStart, to: asOf },
    files: [
      ...files.map((file) => ({ file: file.name, sheets: file.sheets })),
      { file: manifestFileName, sheets: [] },
    ],
    counts: {
      clientsByStatus,
      receipts: paid.length,
      revenueCentavos: paid.reduce((sum, r) => sum + r.payment.centavos, 0),
      contracts: studio.clients.reduce((sum, c) => sum + c.contracts.filter((k) => k.end >= studio.historyStart && k.start <= asOf).length, 0),
    },
    plantedCases: planted.map(({ playbook, client, facts }) => ({
      playbook,
      trigger: playbookTriggers[playbook],
      clientCode: client.code,
      clientName: client.identity.name,
      status: clientStatusOn(client, asOf),
      facts,
    })),
    dataQuality: {
      duplicateRegistrations: dataQuality.duplicates.map(({ original, copy }) => ({ name: original.identity.name, codes: [original.code, copy.code] })),
      homonyms: dataQuality.homonyms.map((group) => ({ name: group[0]?.identity.name ?? '', codes: group.map((c) => c.code) })),
      misspelledInAttendance: dataQuality.misspelled.map((c) => ({ code: c.code, name: c.identity.name, attendanceName: scheduleName(c) })),
      unregisteredInAttendance: dataQuality.walkIns.map((w) => w.name),
      excluded: dataQuality.excluded.map((c) => c.code).sort((a, b) => a - b),
      invalidEmails: studio.clients.filter((c) => c.identity.email !== null && !c.identity.emailValid).map((c) => c.code),
      missingEmails: studio.clients.filter((c) => c.identity.email === null).map((c) => c.code),
      missingPhones: studio.clients.filter((c) => c.identity.phone === null).map((c) => c.code),
    },
  };
}
