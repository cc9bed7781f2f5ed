/**
 * "E se…?" through the real router on the demo studio, on both drivers: the owner gets numbers,
 * intervals, levers and actions; the secretary is refused; every prediction is logged and, once its
 * month has passed, checked against the actual revenue.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluatePredictions } from '../../analytics/what-if/evaluate-predictions.ts';
import { whatIfScenarios } from '../../db/schema/index.ts';
import { addStaff } from '../../db/staff-directory.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo, type ImportedDemo } from '../../test/demo-studio.ts';
import { createRouter, type Router } from '../router.ts';

const asOf = '2026-11-24';
const owner = '+5511912345678';
const secretary = '+5511987654321';
let sequence = 0;

describeEachDriver('what-if in the bot', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let demo: ImportedDemo;
  let router: Router;
  const ask = async (phone: string, text: string) => {
    sequence += 1;
    const result = await router.handle(
      { channel: 'whatsapp', address: `${phone.slice(1)}@s.whatsapp.net`, phone, text, transportMessageId: `w${sequence}`, receivedAt: new Date(Date.UTC(2026, 10, 24, 13, 0, sequence)) },
      { asOf },
    );
    return { ...result, text: result.replies.map((reply) => (reply.kind === 'text' ? reply.text : '')).join('\n') };
  };

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    demo = await importDemo(database.db, studio, { customers: 300, seed: 11, asOf });
    await addStaff(database.db, studio.id, { phone: owner, name: 'Marina Alves', role: 'owner' });
    await addStaff(database.db, studio.id, { phone: secretary, name: 'Júlia Prado', role: 'secretary' });
    router = createRouter({ db: database.db, studio, model: null });
  });
  afterAll(async () => {
    await database.close();
    await demo.remove();
  });

  it('answers the owner: three months with intervals, the lever and the playbooks that move it, and logs the prediction', async () => {
    const answer = await ask(owner, 'e se a renovação subir 5 pontos?');
    expect(answer.intent).toBe('what-if');
    expect(answer.text).toMatch(/^\*E se…\?\* renovação \+5 pontos \(hoje \d+,?\d? %/);
    expect(answer.text).toMatch(/• dezembro de 2026: R\$ [\d.]+,\d\d \(entre R\$ [\d.]+,\d\d e R\$ [\d.]+,\d\d\); sem mudança, R\$/);
    expect(answer.text).toContain('fevereiro de 2027');
    expect(answer.text).toContain('*O que move renovação:*');
    expect(answer.text).toContain('vence em até 15 dias: lembrete de renovação');
    expect(answer.text).toContain('Intervalo de 80 %');
    const [logged] = await database.db.select().from(whatIfScenarios).where(eq(whatIfScenarios.studioId, studio.id));
    expect(logged).toMatchObject({ kind: 'forward', question: 'e se a renovação subir 5 pontos?', asOf, predictedMonth: '2026-12-01', input: { changes: { renewal: 5 } } });
    expect(logged!.predictedRevenueCents).toBeGreaterThan(0);
    expect(logged!.staffId).not.toBeNull();
  });

  it('refuses the same question from the secretary, politely', async () => {
    const answer = await ask(secretary, 'e se a renovação subir 5 pontos?');
    expect(answer.text).toContain('só para a dona ou a gerência');
    expect(answer.text).not.toContain('R$');
  });

  it('answers a goal with the cheapest levers, or with what blocks it', async () => {
    const reachable = await ask(owner, 'o que preciso pra faturar R$ 20 mil em janeiro?');
    expect(reachable.text).toMatch(/^\*Meta de R\$ 20\.000,00 em janeiro de 2027\*\n/);
    const far = await ask(owner, 'o que preciso pra faturar R$ 60 mil em março?');
    expect(far.text).toMatch(/^\*Meta de R\$ 60\.000,00 em março de 2027\*\nCom os limites de hoje não chega/);
    expect(far.text).toContain('O que segura:');
    expect((await ask(owner, 'quanto fatura se eu trouxer mais 8 alunos por mês?')).text).toContain('clientes novos por mês +8 por mês');
    expect((await ask(owner, 'e se?')).text).toContain('Posso simular a receita');
  });

  it('checks past predictions against the actual revenue once their month has passed', async () => {
    const before = await evaluatePredictions(database.db, studio.id, asOf, new Date('2026-11-24T12:00:00Z'));
    expect(before).toMatchObject({ newlyEvaluated: 0, predictions: [] });
    const later = await evaluatePredictions(database.db, studio.id, '2027-01-05', new Date('2027-01-05T12:00:00Z'));
    const december = (await database.db.select().from(whatIfScenarios).where(eq(whatIfScenarios.predictedMonth, '2026-12-01')));
    expect(later.newlyEvaluated).toBe(december.length);
    expect(december.every((row) => row.actualRevenueCents !== null && row.evaluatedAt !== null)).toBe(true);
    // No sale is imported after 24/11/2026, so December's actual is zero: no percentage error, direction wrong (down, predicted up).
    expect(later.predictions.every((prediction) => prediction.actualCents === 0 && prediction.absolutePercentError === null)).toBe(true);
    expect(later.mapePercent).toBeNull();
    expect((await evaluatePredictions(database.db, studio.id, '2027-01-05', new Date('2027-01-05T12:00:00Z'))).newlyEvaluated).toBe(0);
  });
});
