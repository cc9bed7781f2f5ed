/**
 * The LLM as Pulso uses it: a system prompt and a user message in, text out, or a failure with a
 * pt-BR reason. Any OpenAI-compatible server works (OPENAI_BASE_URL). There are no retries and a hard
 * time limit: the template is always ready, so waiting is worse than falling back.
 */
import OpenAI from 'openai';
import type { Config } from '../../config.ts';

export interface Completion {
  text: string;
  model: string;
  promptTokens: number | null;
  completionTokens: number | null;
}

export type CompletionResult = { ok: true; completion: Completion } | { ok: false; reason: string };

export interface LanguageModel {
  model: string;
  complete(system: string, user: string): Promise<CompletionResult>;
}

function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError) return `tempo esgotado (${timeoutMs} ms)`;
  if (error instanceof OpenAI.RateLimitError) return 'limite de requisições do servidor (429)';
  if (error instanceof OpenAI.APIError && error.status !== undefined) return `erro do servidor (${error.status})`;
  if (error instanceof OpenAI.APIConnectionError) return 'sem conexão com o servidor do LLM';
  return `falha inesperada: ${error instanceof Error ? error.message : String(error)}`;
}

/** Null when no LLM is configured: neither a key nor a server. */
export function openAiLanguageModel(settings: Config['llm']): LanguageModel | null {
  if (!settings.apiKey && !settings.baseUrl) return null;
  const client = new OpenAI({
    // A local server (Ollama, vLLM...) needs no key, but the client insists on one.
    apiKey: settings.apiKey ?? 'sem-chave',
    ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
    timeout: settings.timeoutMs,
    maxRetries: 0,
  });
  return {
    model: settings.model,
    async complete(system, user) {
      try {
        const response = await client.chat.completions.create(
          { model: settings.model, temperature: 0.3, messages: [{ role: 'system', content: system }, { role: 'user', content: user }] },
          { signal: AbortSignal.timeout(settings.timeoutMs) },
        );
        const text = response.choices[0]?.message.content?.trim() ?? '';
        if (!text) return { ok: false, reason: 'resposta vazia' };
        return {
          ok: true,
          completion: { text, model: response.model || settings.model, promptTokens: response.usage?.prompt_tokens ?? null, completionTokens: response.usage?.completion_tokens ?? null },
        };
      } catch (error) {
        return { ok: false, reason: failureReason(error, settings.timeoutMs) };
      }
    },
  };
}
