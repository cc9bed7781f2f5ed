/**
 * The LLM as a second opinion on what the rules did not understand: it sees the message text only,
 * may answer only with an intent the sender's audience allows, in JSON, and is believed only from
 * 0,7 confidence. Any failure is "unknown", never an error; every call is logged.
 */
import { z } from 'zod';
import type { PulsoDb } from '../../db/database.ts';
import type { LanguageModel } from '../../narrate/llm/language-model.ts';
import { logInteraction } from '../../narrate/llm/log-interaction.ts';
import { fill, template } from '../../prompts/catalog.ts';
import { leadIntents, staffIntents, type IntentId, type Recognition } from './intent.ts';
import type { Audience } from './recognize.ts';

export const llmConfidenceThreshold = 0.7;

const answerSchema = z.object({ intent: z.string(), confidence: z.number().min(0).max(1) });

export async function classifyWithLlm(db: PulsoDb, studioId: number, model: LanguageModel, text: string, audience: Audience): Promise<Recognition> {
  const allowed: readonly IntentId[] = audience === 'staff' ? [...staffIntents, ...leadIntents] : leadIntents;
  const system = fill(template('system/intent-classifier.md'), { intents: [...allowed, 'unknown'].join(', ') });
  const started = performance.now();
  const result = await model.complete(system, text);
  const latencyMs = Math.round(performance.now() - started);
  const base = { studioId, purpose: 'intent', latencyMs, request: { mensagem: text, publico: audience } };
  if (!result.ok) {
    await logInteraction(db, { ...base, model: model.model, promptTokens: null, completionTokens: null, accepted: false, rejectionReason: result.reason, response: null });
    return { intent: 'unknown', confidence: 0 };
  }
  const { completion } = result;
  const parsed = answerSchema.safeParse((() => {
    try {
      return JSON.parse(completion.text.replace(/^```(?:json)?|```$/g, '').trim());
    } catch {
      return null;
    }
  })());
  const rejection = !parsed.success
    ? 'resposta fora do formato JSON pedido'
    : ![...allowed, 'unknown'].includes(parsed.data.intent as IntentId)
      ? `intenção não permitida: ${parsed.data.intent}`
      : parsed.data.confidence < llmConfidenceThreshold
        ? `confiança ${parsed.data.confidence} abaixo de ${llmConfidenceThreshold}`
        : null;
  await logInteraction(db, {
    ...base, model: completion.model, promptTokens: completion.promptTokens, completionTokens: completion.completionTokens,
    accepted: rejection === null, rejectionReason: rejection, response: completion.text,
  });
  return rejection === null && parsed.success ? { intent: parsed.data.intent as IntentId, confidence: parsed.data.confidence } : { intent: 'unknown', confidence: 0 };
}
