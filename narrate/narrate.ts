/**
 * Facts in, text out. The template's text is the default and the fallback; when an LLM is configured
 * it may rewrite that text, and its version is delivered only if every number, amount, percentage and
 * date in it is a fact, every name is in the facts and it fits the channel. A timeout, a 429, a 5xx or
 * a failed check delivers the template instead. Every LLM call is logged, accepted or not.
 */
import type { PulsoDb } from '../db/database.ts';
import { say, fill, template } from '../prompts/catalog.ts';
import type { Check } from './checks/check.ts';
import { checkText } from './checks/check-text.ts';
import { channelLimits, type Channel } from './checks/length-within-channel.ts';
import type { Fact } from './fact.ts';
import type { LanguageModel } from './llm/language-model.ts';
import { logInteraction } from './llm/log-interaction.ts';

export type Audience = 'owner' | 'front-desk' | 'lead';

export interface NarrationRequest {
  studioId: number;
  /** "briefing", "risk-list"...: the LLM interactions log groups calls by it. */
  purpose: string;
  audience: Audience;
  channel: Channel;
  /** Everything the text may state: aggregates and first names, never phones, e-mails, CPF or health data. */
  facts: Fact[];
  /** The template's complete text for these facts. */
  draft: string;
  /** First names of the studio's clients and staff: a name among them that is not in the facts is refused. */
  studioPeople: ReadonlySet<string>;
}

export interface Narration {
  text: string;
  source: 'llm' | 'template';
  checks: Check[];
}

export interface NarrationContext {
  db: PulsoDb;
  model: LanguageModel | null;
}

/** A last guard on what leaves the machine: no fact that looks like a phone, an e-mail or a CPF. */
const personalData = /@|\d{3}\.?\d{3}\.?\d{3}-?\d{2}|\+?\d[\d\s()-]{9,}\d/;

function factsForModel(facts: readonly Fact[]) {
  return facts.filter((fact) => !personalData.test(fact.shown) || fact.unit === 'money' || fact.unit === 'count').map((fact) => ({ chave: fact.key, mostrado: fact.shown }));
}

export async function narrate(request: NarrationRequest, { db, model }: NarrationContext): Promise<Narration> {
  const templateChecks = checkText('template', request.draft, request.facts, request.channel, request.studioPeople);
  const fromTemplate = (llmChecks: Check[]): Narration => ({ text: request.draft, source: 'template', checks: [...llmChecks, ...templateChecks] });
  if (!model) return fromTemplate([]);

  const system = fill(template('system/narrator.md'), { audience: say('audiences.md', request.audience), channel: request.channel, limit: channelLimits[request.channel] });
  const sent = { fatos: factsForModel(request.facts), rascunho: request.draft };
  const started = performance.now();
  const result = await model.complete(system, JSON.stringify(sent));
  const latencyMs = Math.round(performance.now() - started);
  const base = { studioId: request.studioId, purpose: request.purpose, latencyMs, request: sent };

  if (!result.ok) {
    await logInteraction(db, { ...base, model: model.model, promptTokens: null, completionTokens: null, accepted: false, rejectionReason: result.reason, response: null });
    return fromTemplate([{ of: 'llm', name: 'response', passed: false, detail: result.reason }]);
  }
  const { completion } = result;
  const llmChecks = [{ of: 'llm' as const, name: 'response' as const, passed: true }, ...checkText('llm', completion.text, request.facts, request.channel, request.studioPeople)];
  const failed = llmChecks.filter((check) => !check.passed);
  await logInteraction(db, {
    ...base,
    model: completion.model,
    promptTokens: completion.promptTokens,
    completionTokens: completion.completionTokens,
    accepted: failed.length === 0,
    rejectionReason: failed.length ? failed.map((check) => check.detail).join('; ') : null,
    response: completion.text,
  });
  return failed.length ? fromTemplate(llmChecks) : { text: completion.text, source: 'llm', checks: llmChecks };
}
