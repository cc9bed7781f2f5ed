/**
 * The Monday briefing looks back on the week that ended yesterday: what each playbook saved, on both
 * drivers, every number a checked fact; other days, and a Monday after a week without actions, say
 * nothing about playbooks.
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordOutcomesFromImports } from '../../analytics/queries/outcomes-from-imports.ts';
import { actions, customers, sales } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo, type ImportedDemo } from '../../test/demo-studio.ts';
import { ownerBriefing } from './owner-briefing.ts';

const occasion = { hour: 7, frontDeskAlert: '08:00' };
const monday = '2026-11-30';

describeEachDriver('the Monday briefing on playbook outcomes', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let demo: ImportedDemo;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    demo = await importDemo(database.db, studio, { customers: 60, seed: 7, asOf: '2026-11-24' });
    const client = (await database.db.select({ id: customers.id }).from(customers).where(eq(customers.studioId, studio.id)).orderBy(asc(customers.id)).limit(5)).map((row) => row.id);
    const at = (iso: string) => new Date(iso);
    // The week of Monday 23/11 to Sunday 29/11, after the demo's own data (to 24/11).
    await database.db.insert(actions).values([
      { studioId: studio.id, customerId: client[0]!, playbook: 'blocked-4-7-days', kind: 'message', actedAt: at('2026-11-25T13:00:00Z') },
      { studioId: studio.id, customerId: client[1]!, playbook: 'blocked-4-7-days', kind: 'call', actedAt: at('2026-11-25T14:00:00Z') },
      { studioId: studio.id, customerId: client[2]!, playbook: 'expired-without-renewal', kind: 'call', actedAt: at('2026-11-26T14:00:00Z') },
      { studioId: studio.id, customerId: client[3]!, playbook: 'expired-without-renewal', kind: 'call', actedAt: at('2026-11-27T14:00:00Z'), outcome: 'renewed', outcomeAt: at('2026-11-27T14:00:00Z'), outcomeSource: 'staff' },
      { studioId: studio.id, customerId: client[4]!, playbook: 'trial-without-plan', kind: 'message', actedAt: at('2026-11-28T13:00:00Z') },
    ]);
    const sale = (receipt: string, customerId: number, valueCents: number, soldOn: string) => ({
      studioId: studio.id, receipt, customerId, description: 'CALISTENIA 3X NA SEMANA MENSAL', planFamily: 'calistenia', valueCents, soldOn, soldAt: at(`${soldOn}T13:00:00Z`),
    });
    await database.db.insert(sales).values([sale('990001', client[0]!, 29_000, '2026-11-26'), sale('990002', client[2]!, 38_000, '2026-11-27')]);
    expect(await recordOutcomesFromImports(database.db, studio, monday)).toEqual({ renewed: 1, paid: 1, revenueConfirmed: 0 });
  });
  afterAll(async () => {
    await database.close();
    await demo.remove();
  });

  const briefing = (asOf: string) => ownerBriefing(database.db, studio, asOf, { occasion, channel: 'whatsapp', model: null });

  it('says on Monday what each playbook saved last week and the revenue kept, every number a fact', async () => {
    const result = await briefing(monday);
    expect(result.source).toBe('template');
    expect(result.checks.every((check) => check.passed)).toBe(true);
    expect(result.text).toContain(
      [
        '*Playbooks*',
        'Na semana passada (23/11/2026 a 29/11/2026), os playbooks salvaram 3 de 5 clientes e mantiveram R$ 670,00 em receita:',
        '• Bloqueado de 4 a 7 dias: reativação com desconto — 1 de 2 salvos, R$ 290,00 mantidos',
        '• Venceu sem renovar: ligação de renovação — 2 de 2 salvos, R$ 380,00 mantidos',
        '• Aula experimental sem plano: como foi e oferta — 1 cliente, nenhum salvo até ontem',
      ].join('\n'),
    );
    expect(result.facts).toContainEqual({ key: 'playbooksRevenueKept', unit: 'money', value: 67_000, shown: 'R$ 670,00' });
  });

  it('says nothing about playbooks on a Tuesday, nor on a Monday after a week without actions', async () => {
    expect((await briefing('2026-12-01')).text).not.toContain('*Playbooks*');
    const quiet = await briefing('2026-12-07');
    expect(quiet.text).not.toContain('*Playbooks*');
    expect(quiet.facts.some((fact) => fact.key.startsWith('playbook'))).toBe(false);
  });
});
