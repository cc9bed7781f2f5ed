/**
 * The whole studio, from a seed and an as-of date: ordinary clients registered over four years (more
 * in the good months, more as the studio grows), the planted playbook cases and the data-quality
 * problems, all numbered in registration order as Tecnofit numbers its clients.
 * It never reads the clock: as-of is a parameter.
 */
import { addMonths, daysBetween, fromEpochDay, toEpochDay, type CalendarDate } from '../domain/calendar-date.ts';
import { liveJourney, entryWeights } from './client-journey.ts';
import { duplicateCount, plantDataQuality, type DataQualityCases } from './data-quality.ts';
import { newIdentity } from './names.ts';
import { plantCases, plantedCaseCount, type PlantedCase } from './planted-cases.ts';
import { Random } from './random.ts';
import { signUpWeight } from './seasonality.ts';
import { consultantOn } from './staff.ts';
import type { Client, Studio, Visit } from './studio-records.ts';

export interface DemoOptions {
  customers: number;
  seed: number;
  asOf: CalendarDate;
}

export interface SimulatedStudio {
  studio: Studio;
  planted: PlantedCase[];
  dataQuality: DataQualityCases;
}

/** The first client code; Tecnofit numbers clients from here in registration order. */
const firstCode = 1001;

/** Registration dates, weighted by the season and by a studio that grows over the years. */
function registrationDates(random: Random, count: number, asOf: CalendarDate): CalendarDate[] {
  const first = toEpochDay(addMonths(asOf, -40));
  const span = daysBetween(fromEpochDay(first), asOf);
  const cumulative: number[] = [];
  let total = 0;
  for (let day = 0; day <= span; day += 1) {
    total += signUpWeight(fromEpochDay(first + day)) * (0.6 + (0.6 * day) / span);
    cumulative.push(total);
  }
  const dates: CalendarDate[] = [];
  for (let i = 0; i < count; i += 1) {
    const target = random.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    dates.push(fromEpochDay(first + low));
  }
  return dates.sort();
}

function byDate(a: Visit, b: Visit): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function ordinaryClient(random: Random, registeredOn: CalendarDate, asOf: CalendarDate, historyStart: CalendarDate, takenNames: Set<string>): Client {
  const identity = newIdentity(random, takenNames);
  const consultant = consultantOn(random, registeredOn, historyStart);
  const engagement = Math.min(0.97, Math.max(0.12, random.normal(0.75, 0.2)));
  const journey = liveJourney({ random, asOf, historyStart }, { entry: random.weighted(entryWeights), registeredOn, consultant, engagement });
  return {
    code: 0,
    identity,
    registeredOn,
    consultant,
    lead: journey.lead,
    contracts: journey.contracts,
    visits: journey.visits.sort(byDate),
    excluded: false,
    attendanceName: null,
  };
}

export function simulateStudio(options: DemoOptions): SimulatedStudio {
  const { customers, seed, asOf } = options;
  const root = Random.fromSeed(seed);
  const historyStart = addMonths(asOf, -36);
  const takenNames = new Set<string>();
  const planted = plantCases({ random: root.fork(), asOf, historyStart }, Math.min(customers, plantedCaseCount), takenNames);
  const ordinaryCount = customers - planted.length;
  const copies = duplicateCount(ordinaryCount);
  const dates = registrationDates(root.fork(), ordinaryCount - copies, asOf);
  const ordinary = dates.map((date) => ordinaryClient(root.fork(), date, asOf, historyStart, takenNames));
  const dataQuality = plantDataQuality(root.fork(), ordinary, copies, takenNames, asOf);

  const clients = [...planted.map((p) => p.client), ...ordinary, ...dataQuality.duplicates.map((d) => d.copy)];
  clients.sort((a, b) =>
    a.lead.firstContact.date !== b.lead.firstContact.date
      ? (a.lead.firstContact.date < b.lead.firstContact.date ? -1 : 1)
      : a.lead.firstContact.secondOfDay - b.lead.firstContact.secondOfDay,
  );
  clients.forEach((client, index) => {
    client.code = firstCode + index;
  });
  return { studio: { seed, asOf, historyStart, clients, walkIns: dataQuality.walkIns }, planted, dataQuality };
}
