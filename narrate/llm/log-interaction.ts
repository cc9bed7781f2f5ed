/** Every LLM call leaves a row: what for, which model, tokens, latency, and whether its text was used. */
import type { PulsoDb } from '../../db/database.ts';
import { llmInteractions } from '../../db/schema/index.ts';

export interface Interaction {
  studioId: number;
  purpose: string;
  model: string;
  promptTokens: number | null;
  completionTokens: number | null;
  latencyMs: number;
  accepted: boolean;
  rejectionReason: string | null;
  request: unknown;
  response: string | null;
}

export async function logInteraction(db: PulsoDb, interaction: Interaction): Promise<void> {
  await db.insert(llmInteractions).values(interaction);
}
