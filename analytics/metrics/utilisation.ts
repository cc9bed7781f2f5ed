/**
 * Utilisation of the active base against expected pace: the median usage pace of active clients with a
 * class balance, and the share below 50 % of pace. Example: paces [0,2; 0,6; 0,9; 1,1] → median 0,75,
 * 25 % below half pace.
 */
import { median } from '../median.ts';
import { rate } from './rate.ts';

export function utilisation(paces: number[]) {
  return { clients: paces.length, medianPace: median(paces), shareBelowHalfPace: rate(paces.filter((pace) => pace < 0.5).length, paces.length) };
}
