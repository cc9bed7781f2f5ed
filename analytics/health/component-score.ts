/** One health component: a 0–100 score with its pt-BR explanation, or null ("sem dados"). */
export interface ComponentScore {
  score: number | null;
  explanation: string;
}

export function clampScore(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}
