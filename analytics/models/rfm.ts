/**
 * RFM (recency, frequency, monetary; Hughes 1994) on visits and payments, scored 1–5 within the
 * studio's own clients.
 *
 * Recency is days from the last visit or payment to `asOf` (fewer days = higher score; a client with
 * neither counts as least recent), frequency the number of visits, monetary the payments in centavos.
 *
 * Quintiles, tie-aware: each value gets the mid-rank percentile (Hazen plotting position)
 *
 *   p = (less + equal/2) / n,   score = floor(5 p) + 1
 *
 * where `less` and `equal` count clients with a strictly smaller and an equal value. Equal values
 * therefore always get equal scores; n distinct values spread evenly (n = 5 gives 1, 2, 3, 4, 5;
 * n = 10 gives 1, 1, 2, 2, …, 5, 5); when everybody ties, everybody gets 3. The arithmetic is on
 * integers (floor(5 (2 less + equal) / 2n)), so no rounding error moves a boundary. The price of tie
 * awareness: classes are not exactly 20 % each when values repeat (e.g. many clients with 0 visits).
 *
 * Segments: the first rule in `rfmSegmentRules` that matches wins. The rules split on R and F, with M
 * only separating the best from the loyal and the "can't lose" from the "at risk"; every one of the
 * 125 (R, F, M) cells matches a rule and every segment is reachable (see the tests):
 *
 *   Campeões            R ≥ 4, F ≥ 4, M ≥ 4
 *   Leais               R ≥ 3, F ≥ 4
 *   Novos               R = 5, F = 1
 *   Promissores         R = 4, F = 1
 *   Potenciais leais    R ≥ 4, F 2–3
 *   Precisam de atenção R = 3, F 2–3
 *   Quase dormindo      R = 3, F = 1
 *   Não pode perder     R ≤ 2, F ≥ 4, M ≥ 4
 *   Em risco            R ≤ 2, F ≥ 3
 *   Hibernando          R = 2, F ≤ 2
 *   Perdidos            R = 1, F ≤ 2
 *
 * Example: asOf 2026-03-31, last visits 1, 1, 30 and 75 days ago and one client with none → recency
 * scores 5, 5, 3, 2, 1.
 */
import { type CalendarDate, daysBetween } from '../../domain/calendar-date.ts';

export type RfmScore = 1 | 2 | 3 | 4 | 5;

export const rfmSegments = [
  'Campeões',
  'Leais',
  'Novos',
  'Promissores',
  'Potenciais leais',
  'Precisam de atenção',
  'Quase dormindo',
  'Não pode perder',
  'Em risco',
  'Hibernando',
  'Perdidos',
] as const;

export type RfmSegment = (typeof rfmSegments)[number];

export interface RfmSegmentRule {
  segment: RfmSegment;
  /** pt-BR: who falls in the segment, for people reading a report. */
  description: string;
  matches: (r: RfmScore, f: RfmScore, m: RfmScore) => boolean;
}

export const rfmSegmentRules: readonly RfmSegmentRule[] = [
  { segment: 'Campeões', description: 'vieram há pouco, vêm muito e pagam muito', matches: (r, f, m) => r >= 4 && f >= 4 && m >= 4 },
  { segment: 'Leais', description: 'vêm com frequência e não sumiram', matches: (r, f) => r >= 3 && f >= 4 },
  { segment: 'Novos', description: 'vieram há muito pouco tempo, ainda com poucas visitas', matches: (r, f) => r === 5 && f === 1 },
  { segment: 'Promissores', description: 'vieram recentemente, mas ainda com poucas visitas', matches: (r, f) => r === 4 && f === 1 },
  { segment: 'Potenciais leais', description: 'vieram recentemente e com frequência média', matches: (r, f) => r >= 4 && f <= 3 },
  { segment: 'Precisam de atenção', description: 'frequência média e última visita nem recente nem antiga', matches: (r, f) => r === 3 && f >= 2 },
  { segment: 'Quase dormindo', description: 'poucas visitas e última visita já não é recente', matches: (r, f) => r === 3 && f === 1 },
  { segment: 'Não pode perder', description: 'vinham muito e pagavam muito, mas sumiram', matches: (r, f, m) => r <= 2 && f >= 4 && m >= 4 },
  { segment: 'Em risco', description: 'vinham com frequência, mas não aparecem há tempo', matches: (r, f) => r <= 2 && f >= 3 },
  { segment: 'Hibernando', description: 'poucas visitas e última visita antiga', matches: (r, f) => r === 2 && f <= 2 },
  { segment: 'Perdidos', description: 'poucas visitas e última visita muito antiga', matches: (r, f) => r === 1 && f <= 2 },
];

export interface RfmCustomer {
  code: string;
  lastVisitOrPaymentOn: CalendarDate | null;
  visits: number;
  paymentsCents: number;
}

export interface RfmResult {
  code: string;
  /** Days from the last visit or payment to asOf; null when there was none. */
  recencyDays: number | null;
  recency: RfmScore;
  frequency: RfmScore;
  monetary: RfmScore;
  segment: RfmSegment;
}

export function rfmSegment(r: RfmScore, f: RfmScore, m: RfmScore): RfmSegment {
  const rule = rfmSegmentRules.find((candidate) => candidate.matches(r, f, m));
  if (!rule) throw new RangeError(`RFM scores must be whole numbers 1–5 (got ${r}, ${f}, ${m})`);
  return rule.segment;
}

export function rfmScores(customers: readonly RfmCustomer[], asOf: CalendarDate): RfmResult[] {
  const recencyDays = customers.map(({ code, lastVisitOrPaymentOn, visits, paymentsCents }) => {
    if (!(Number.isInteger(visits) && visits >= 0)) throw new RangeError(`visits of ${code} must be a whole number ≥ 0 (got ${visits})`);
    if (!Number.isFinite(paymentsCents)) throw new RangeError(`payments of ${code} must be a finite number of centavos (got ${paymentsCents})`);
    if (lastVisitOrPaymentOn === null) return null;
    const days = daysBetween(lastVisitOrPaymentOn, asOf);
    if (days < 0) throw new RangeError(`last visit or payment of ${code} (${lastVisitOrPaymentOn}) is after asOf ${asOf}`);
    return days;
  });
  const recency = quintileScores(recencyDays.map((days) => (days === null ? Number.NEGATIVE_INFINITY : -days)));
  const frequency = quintileScores(customers.map((customer) => customer.visits));
  const monetary = quintileScores(customers.map((customer) => customer.paymentsCents));
  return customers.map(({ code }, i) => ({
    code,
    recencyDays: recencyDays[i]!,
    recency: recency[i]!,
    frequency: frequency[i]!,
    monetary: monetary[i]!,
    segment: rfmSegment(recency[i]!, frequency[i]!, monetary[i]!),
  }));
}

/** Tie-aware quintile score of each value: floor(5 (2·less + equal) / 2n) + 1 (higher value, higher score). */
export function quintileScores(values: readonly number[]): RfmScore[] {
  const n = values.length;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const scoreOf = new Map<number, RfmScore>();
  for (let start = 0; start < n; ) {
    let end = start;
    while (end < n && sorted[end] === sorted[start]) end++;
    scoreOf.set(sorted[start]!, (Math.floor((5 * (2 * start + (end - start))) / (2 * n)) + 1) as RfmScore);
    start = end;
  }
  return values.map((value) => scoreOf.get(value)!);
}
