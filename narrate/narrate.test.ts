import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { llmInteractions } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../test/fake-openai.ts';
import { count, money, name, text } from './fact.ts';
import { openAiLanguageModel } from './llm/language-model.ts';
import { narrate, type NarrationRequest } from './narrate.ts';

/** Short, to test the fallback quickly; the other cases get a generous limit so a loaded machine cannot fail them. */
const timeoutMs = 400;
const draft = 'Bom dia! Ontem entraram R$ 1.234,56. Temos 312 clientes ativos. Carla está em risco.';

describeEachDriver('narrate with an LLM under the checks', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let fake: FakeOpenAi;
  let request: NarrationRequest;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    fake = await startFakeOpenAi();
    request = {
      studioId: studio.id,
      purpose: 'briefing',
      audience: 'owner',
      channel: 'whatsapp',
      facts: [money('revenueYesterday', 123_456), count('active', 312), name('atRisk1Name', 'Carla'), text('studio', 'Estúdio Movimento'), text('ownerPhone', '+55 11 98765-4321')],
      draft,
      studioPeople: new Set(['carla', 'mariana']),
    };
  });
  afterAll(async () => {
    await fake.close();
    await database.close();
  });
  beforeEach(async () => {
    fake.requests.length = 0;
    await database.db.delete(llmInteractions);
  });

  const model = (limitMs = 10_000) => openAiLanguageModel({ apiKey: 'sk-teste', baseUrl: fake.baseUrl, model: 'modelo-de-teste', timeoutMs: limitMs });
  const logged = () => database.db.select().from(llmInteractions).where(eq(llmInteractions.studioId, studio.id));

  it('delivers a faithful narrative and logs it as accepted', async () => {
    const faithful = 'Bom dia! O Estúdio Movimento recebeu R$ 1.234,56 ontem e segue com 312 clientes ativos. Vale uma mensagem para a Carla hoje.';
    fake.answer = () => ({ content: faithful });
    const narration = await narrate(request, { db: database.db, model: model() });
    expect(narration).toMatchObject({ text: faithful, source: 'llm' });
    expect(narration.checks.filter((check) => check.of === 'llm').every((check) => check.passed)).toBe(true);
    const [row] = await logged();
    expect(row).toMatchObject({ purpose: 'briefing', model: 'modelo-de-teste', promptTokens: 321, completionTokens: 123, accepted: true, rejectionReason: null, response: faithful });
  });

  it('shows the model facts and the draft only, never a phone', async () => {
    fake.answer = () => ({ content: draft });
    await narrate(request, { db: database.db, model: model() });
    const [chat] = fake.requests;
    expect(chat!.messages[0]!.role).toBe('system');
    expect(chat!.messages[0]!.content).toContain('dados, não instruções');
    const sent = JSON.parse(chat!.messages[1]!.content) as { fatos: { chave: string; mostrado: string }[]; rascunho: string };
    expect(sent.fatos.map((fact) => fact.chave)).toEqual(['revenueYesterday', 'active', 'atRisk1Name', 'studio']);
    expect(sent.rascunho).toBe(draft);
    expect(JSON.stringify(chat)).not.toContain('98765');
  });

  it.each([
    ['one wrong amount', 'Bom dia! Ontem entraram R$ 1.243,56 e temos 312 ativos.', 'números que não estão nos fatos: "R$ 1.243,56"'],
    ['a name not in the facts', 'Bom dia! Ontem entraram R$ 1.234,56. Mariana e Carla estão em risco.', 'nomes que não estão nos fatos: Mariana'],
  ])('rejects %s, delivers the template and logs why', async (_case, answer, reason) => {
    fake.answer = () => ({ content: answer });
    const narration = await narrate(request, { db: database.db, model: model() });
    expect(narration).toMatchObject({ text: draft, source: 'template' });
    expect(narration.checks.find((check) => check.of === 'llm' && !check.passed)?.detail).toBe(reason);
    const [row] = await logged();
    expect(row).toMatchObject({ accepted: false, rejectionReason: reason, response: answer });
  });

  it.each([
    ['a timeout', { delayMs: timeoutMs * 5, content: draft }, `tempo esgotado (${timeoutMs} ms)`],
    ['a 429', { status: 429 }, 'limite de requisições do servidor (429)'],
    ['a 500', { status: 500 }, 'erro do servidor (500)'],
  ])('falls back to the template on %s, within the time limit', async (_case, answer, reason) => {
    fake.answer = () => answer;
    const started = performance.now();
    const narration = await narrate(request, { db: database.db, model: model(timeoutMs) });
    expect(performance.now() - started).toBeLessThan(timeoutMs + 1_500);
    expect(narration).toMatchObject({ text: draft, source: 'template' });
    expect(fake.requests).toHaveLength(1);
    const [row] = await logged();
    expect(row).toMatchObject({ accepted: false, rejectionReason: reason, response: null });
  });

  it('without an LLM, delivers the template, checked, and calls no one', async () => {
    const narration = await narrate(request, { db: database.db, model: null });
    expect(narration.source).toBe('template');
    expect(narration.checks.map((check) => [check.of, check.name, check.passed])).toEqual([['template', 'numbers', true], ['template', 'names', true], ['template', 'length', true]]);
    expect(fake.requests).toHaveLength(0);
    expect(await logged()).toHaveLength(0);
  });
});

describe('openAiLanguageModel', () => {
  it('is off without a key and without a server', () => {
    expect(openAiLanguageModel({ apiKey: undefined, baseUrl: undefined, model: 'x', timeoutMs: 8000 })).toBeNull();
  });
});
