/**
 * Health, 0–100, higher is better: the weighted mean of the components that have data, weights
 * renormalised over them (DOMAIN.md §2: Uso 35, Pagamento 25, Contrato 20, Engajamento 10,
 * Relacionamento 10 by default). A component without data is left out and marked "sem dados"; with no
 * component at all, health is null. Bands: Saudável ≥ 70, Atenção 40–69, Crítico < 40. Example: usage
 * 50, payment 100, contract 65, engagement and relationship without data → (35·50 + 25·100 + 20·65)
 * / 80 = 69,4 → 69, "Atenção".
 */
import type { StudioSettings } from '../../db/studio-settings.ts';
import { say } from '../../prompts/catalog.ts';
import type { AttendanceCounts } from '../client-facts.ts';
import type { ScoredSignals } from '../client-signals.ts';
import { contractScore } from './contract-score.ts';
import { paymentScore } from './payment-score.ts';
import { relationshipScore } from './relationship-score.ts';
import { usageScore } from './usage-score.ts';

export type HealthBand = 'Saudável' | 'Atenção' | 'Crítico';

export interface HealthComponentScore {
  component: 'usage' | 'payment' | 'contract' | 'engagement' | 'relationship';
  /** 0–100, or null when there was no data ("sem dados") and the weight was renormalised away. */
  score: number | null;
  weight: number;
  explanation: string;
}

export interface HealthResult {
  health: number | null;
  band: HealthBand | null;
  components: HealthComponentScore[];
}

export function healthBand(health: number, bands: StudioSettings['healthBands']): HealthBand {
  if (health >= bands.healthy) return 'Saudável';
  if (health >= bands.attention) return 'Atenção';
  return 'Crítico';
}

export function computeHealth(
  facts: { attendance: AttendanceCounts | null },
  signals: ScoredSignals,
  value: { monthlyValueCents: number | null; medianMonthlyValueCents: number | null },
  settings: Pick<StudioSettings, 'healthWeights' | 'healthBands'>,
): HealthResult {
  const weights = settings.healthWeights;
  const components: HealthComponentScore[] = [
    { component: 'usage', weight: weights.usage, ...usageScore(signals, facts) },
    { component: 'payment', weight: weights.payment, ...paymentScore(signals) },
    { component: 'contract', weight: weights.contract, ...contractScore(signals) },
    { component: 'engagement', weight: weights.engagement, score: null, explanation: say('reasons/health.md', 'engagement-none') },
    { component: 'relationship', weight: weights.relationship, ...relationshipScore(signals, value.monthlyValueCents, value.medianMonthlyValueCents) },
  ];
  const scored = components.filter((component) => component.score !== null && component.weight > 0);
  const totalWeight = scored.reduce((sum, component) => sum + component.weight, 0);
  if (totalWeight === 0) return { health: null, band: null, components };
  const health = Math.round(scored.reduce((sum, component) => sum + component.score! * component.weight, 0) / totalWeight);
  return { health, band: healthBand(health, settings.healthBands), components };
}
