import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { llmInteractions } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { openAiLanguageModel } from '../../narrate/llm/language-model.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../../test/fake-openai.ts';
import { classifyWithLlm } from './classify-with-llm.ts';

describeEachDriver('the LLM classifies what the rules missed', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let fake: FakeOpenAi;
  const model = () => openAiLanguageModel({ apiKey: 'sk-teste', baseUrl: fake.baseUrl, model: 'classificador', timeoutMs: 10_000 })!;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.db.delete(llmInteractions);
  });

  it('accepts an allowed intent from 0,7 confidence, sending the message text only', async () => {
    fake.answer = () => ({ content: '{"intent": "trial", "confidence": 0.92}' });
    expect(await classifyWithLlm(database.db, studio.id, model(), 'dá pra ir num treino pra conhecer?', 'lead')).toEqual({ intent: 'trial', confidence: 0.92 });
    const chat = fake.requests.at(-1)!;
    expect(chat.messages[1]!.content).toBe('dá pra ir num treino pra conhecer?');
    expect(chat.messages[0]!.content).not.toContain('risk-today');
    const [row] = await database.db.select().from(llmInteractions);
    expect(row).toMatchObject({ purpose: 'intent', accepted: true });
  });

  it.each([
    ['a low confidence', '{"intent": "trial", "confidence": 0.4}', 'confiança 0.4 abaixo de 0.7'],
    ['a staff intent for a lead', '{"intent": "risk-today", "confidence": 0.99}', 'intenção não permitida: risk-today'],
    ['text that is not JSON', 'acho que é trial', 'resposta fora do formato JSON pedido'],
  ])('rejects %s as unknown and logs why', async (_case, content, reason) => {
    fake.answer = () => ({ content });
    expect(await classifyWithLlm(database.db, studio.id, model(), 'me fala aí', 'lead')).toEqual({ intent: 'unknown', confidence: 0 });
    const [row] = await database.db.select().from(llmInteractions);
    expect(row).toMatchObject({ accepted: false, rejectionReason: reason });
  });

  it('falls back to unknown on a server error', async () => {
    fake.answer = () => ({ status: 500 });
    expect((await classifyWithLlm(database.db, studio.id, model(), 'hmm', 'staff')).intent).toBe('unknown');
  });
});
