/**
 * The levers an owner can pull in the what-if model, and the unit each change is spoken in: rates in
 * percentage points ("a renovação sobe 5 pontos"), the ticket in centavos ("o ticket sobe R$ 15" =
 * 1 500), counts per month ("mais 8 alunos por mês"). Attendance is not a lever: the studio's history
 * gives no measured link from attendance to revenue yet (the churn model speaks of it only after six
 * months of snapshots), so its effect is left inside the renewal rate rather than invented.
 */
export const leverIds = ['renewal', 'ticket', 'newClients', 'trialConversion', 'gympassConversion', 'upsell', 'packsAndDropIns'] as const;
export type LeverId = (typeof leverIds)[number];

/** Changes to levers, each in its unit (see `leverUnit`); a lever left out is unchanged. */
export type LeverChanges = Partial<Record<LeverId, number>>;

export type LeverUnit = 'points' | 'cents' | 'per-month';

export const leverUnit: Record<LeverId, LeverUnit> = {
  renewal: 'points',
  ticket: 'cents',
  newClients: 'per-month',
  trialConversion: 'points',
  gympassConversion: 'points',
  upsell: 'points',
  packsAndDropIns: 'per-month',
};

/** How a change in the lever's unit moves its model value: points are hundredths of a rate. */
export function changeInModelUnits(lever: LeverId, change: number): number {
  return leverUnit[lever] === 'points' ? change / 100 : change;
}

/** The lever's own unit from a model-unit difference (the inverse of `changeInModelUnits`). */
export function changeInLeverUnits(lever: LeverId, modelChange: number): number {
  return leverUnit[lever] === 'points' ? modelChange * 100 : modelChange;
}

/** Rates live in [0, 1]; everything else is at least 0. */
export function clampLeverValue(lever: LeverId, value: number): number {
  return leverUnit[lever] === 'points' ? Math.min(1, Math.max(0, value)) : Math.max(0, value);
}
