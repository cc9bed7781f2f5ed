/**
 * The data-quality problems a real client base has, planted on purpose and listed in the manifest:
 * the same person registered twice, two different people with the same name, a name the front desk
 * misspelled in the class schedule, a pass holder who trains but was never registered, deleted records.
 */
import { addDays, daysBetween, type CalendarDate } from '../domain/calendar-date.ts';
import { clientStatusOn } from './client-state.ts';
import { uniqueName } from './names.ts';
import type { Random } from './random.ts';
import { attendancePeriod } from './report-dates.ts';
import type { Client, WalkIn } from './studio-records.ts';

export interface DataQualityCases {
  /** Each pair is one person with two client codes. */
  duplicates: { original: Client; copy: Client }[];
  /** Different people sharing one name: the frequency report cannot tell them apart. */
  homonyms: Client[][];
  /** Clients whose name the frequency report spells differently (a typo, not just case or accents). */
  misspelled: Client[];
  walkIns: WalkIn[];
  excluded: Client[];
}

function attendsInPeriod(client: Client, from: string): boolean {
  return client.visits.some((v) => v.date >= from && v.outcome === 'presenca');
}

/** "Fernanda Oliveira" → "Fernanda Olivera": one letter lost from the last name. */
function misspell(random: Random, name: string): string {
  const parts = name.split(' ');
  const last = parts[parts.length - 1] ?? '';
  const at = random.int(1, Math.max(1, last.length - 2));
  parts[parts.length - 1] = last.slice(0, at) + last.slice(at + 1);
  return parts.join(' ');
}

/** How many duplicate registrations a base of `ordinary` simulated clients gets. */
export function duplicateCount(ordinary: number): number {
  return ordinary >= 40 ? 2 : 0;
}

/**
 * Plants the problems among `clients` (mutating them) and returns the copies to add to the base.
 * `copies` is how many duplicate registrations to create.
 */
export function plantDataQuality(random: Random, clients: Client[], copies: number, takenNames: Set<string>, asOf: CalendarDate): DataQualityCases {
  const period = attendancePeriod(asOf);
  const attending = clients.filter((c) => clientStatusOn(c, asOf) === 'Ativo' && attendsInPeriod(c, period.from));
  const [a, b, c, ...others] = random.sample(attending, 3 + copies);

  const homonyms: Client[][] = [];
  if (a && b) {
    b.identity = { ...b.identity, name: a.identity.name };
    homonyms.push([a, b]);
  }
  const misspelled: Client[] = [];
  if (c) {
    c.attendanceName = misspell(random, c.identity.name);
    misspelled.push(c);
  }
  const duplicates = others.map((original) => {
    const later = addDays(original.registeredOn, random.int(20, Math.max(21, daysBetween(original.registeredOn, asOf))));
    const registeredOn = later < asOf ? later : asOf;
    const copy: Client = {
      ...original,
      identity: { ...original.identity, registrationSuffix: original.identity.registrationSuffix + random.int(1, 40) },
      registeredOn,
      lead: { ...original.lead, firstContact: { date: registeredOn, secondOfDay: random.int(8 * 3600, 20 * 3600) }, origin: 'WhatsApp', visitType: null, scheduledClasses: 0, classGroup: null },
      contracts: [],
      visits: [],
    };
    return { original, copy };
  });
  const walkIns: WalkIn[] = clients.length >= 40
    ? [{ name: uniqueName(random, takenNames), visits: [{ date: addDays(asOf, -random.int(2, 20)), kind: 'gympass', outcome: 'presenca', contract: null }] }]
    : [];
  const gone = clients.filter((client) => ['Prospect', 'Sem Contrato'].includes(clientStatusOn(client, asOf)));
  const excluded = random.sample(gone, Math.round(clients.length * 0.02));
  for (const client of excluded) client.excluded = true;
  return { duplicates, homonyms, misspelled, walkIns, excluded };
}
