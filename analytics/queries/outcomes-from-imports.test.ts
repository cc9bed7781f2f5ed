/**
 * Outcomes from a later import, on both drivers: the demo studio is imported as of 2026-11-24, the
 * studio acts on a few clients after it, and a later sales export (CSV, through the real importer)
 * carries what they did. Every expected amount is the CSV's own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { actions, customers } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { importFiles } from '../../ingest/import-files.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo, type ImportedDemo } from '../../test/demo-studio.ts';
import { recordOutcomesFromImports } from './outcomes-from-imports.ts';

const header = 'Recibo;Código;Cliente;Status;Descrição;Valor;Forma de Pagamento;Data;Origem;Responsável Recibo;Consultor';
const monthly = 'CALISTENIA 3X NA SEMANA MENSAL';

describeEachDriver('outcomes from imported sales', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let demo: ImportedDemo;
  let directory: string;
  /** Seven demo clients, one per case: A … G. */
  let client: { id: number; code: string; name: string | null }[];
  const ids: Record<string, number> = {};

  const outcomeOf = async (key: string) => {
    const [row] = await database.db.select().from(actions).where(eq(actions.id, ids[key]!));
    return { outcome: row!.outcome, outcomeSource: row!.outcomeSource, outcomeAt: row!.outcomeAt?.toISOString() ?? null, revenueKeptCents: row!.revenueKeptCents };
  };

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    demo = await importDemo(database.db, studio, { customers: 60, seed: 7, asOf: '2026-11-24' });
    client = await database.db.select({ id: customers.id, code: customers.code, name: customers.name }).from(customers).where(eq(customers.studioId, studio.id)).orderBy(asc(customers.id)).limit(7);

    const act = async (key: string, values: Partial<typeof actions.$inferInsert> & { customerId: number; actedAt: Date }) => {
      const [row] = await database.db.insert(actions).values({ studioId: studio.id, kind: 'message', ...values }).returning({ id: actions.id });
      ids[key] = row!.id;
    };
    const at = (iso: string) => new Date(iso);
    // São Paulo is UTC−3: 13:00Z is 10:00 at the studio.
    await act('A', { customerId: client[0]!.id, playbook: 'expired-without-renewal', actedAt: at('2026-11-26T13:00:00Z') });
    await act('B', { customerId: client[1]!.id, playbook: 'blocked-4-7-days', kind: 'call', actedAt: at('2026-11-26T14:00:00Z') });
    await act('C', { customerId: client[2]!.id, playbook: 'trial-without-plan', actedAt: at('2026-11-26T13:00:00Z') });
    await act('D-message', { customerId: client[3]!.id, playbook: 'expires-within-15-days', actedAt: at('2026-11-26T12:00:00Z') });
    await act('D-call', { customerId: client[3]!.id, playbook: 'expires-within-15-days', kind: 'call', actedAt: at('2026-11-28T11:00:00Z') });
    await act('E', { customerId: client[4]!.id, playbook: 'expired-without-renewal', kind: 'call', actedAt: at('2026-11-27T18:00:00Z'), outcome: 'renewed', outcomeAt: at('2026-11-27T18:00:00Z'), outcomeSource: 'staff' });
    await act('F', { customerId: client[5]!.id, playbook: 'expired-without-renewal', kind: 'call', actedAt: at('2026-11-26T13:00:00Z'), outcome: 'no_answer', outcomeAt: at('2026-11-26T13:00:00Z'), outcomeSource: 'staff' });
    await act('G', { customerId: client[6]!.id, playbook: 'blocked-0-3-days', actedAt: at('2026-11-26T13:00:00Z') });

    const sale = (receipt: number, index: number, description: string, value: string, when: string) =>
      `${receipt};${client[index]!.code};${client[index]!.name ?? ''};Ativo;${description};${value};Pix;${when};Balcão;RECEPÇÃO;CONSULTOR PADRÃO - MATEUS --`;
    directory = await mkdtemp(join(tmpdir(), 'pulso-outcomes-'));
    const csv = [
      header,
      sale(990_001, 0, monthly, 'R$ 380,00', '28/11/2026 10:30:00'), // A renews two days after the message
      sale(990_002, 1, monthly, 'R$ 290,00', '27/11/2026 09:00:00'), // B pays two overdue months the next day...
      sale(990_003, 1, monthly, 'R$ 290,00', '27/11/2026 09:05:00'),
      sale(990_004, 1, monthly, 'R$ 290,00', '20/12/2026 09:00:00'), // ... and later its ordinary month
      sale(990_005, 2, 'AULA EXPERIMENTAL', 'R$ 50,00', '27/11/2026 18:00:00'), // C: a trial class is no plan
      sale(990_006, 2, monthly, 'R$ 380,00', '28/12/2026 10:00:00'), // ... and 32 days is past the window
      sale(990_007, 3, monthly, 'R$ 450,00', '30/11/2026 16:00:00'), // D renews after the call, the last touch
      sale(990_008, 4, monthly, 'R$ 380,00', '27/11/2026 11:00:00'), // E: the renewal staff reported that afternoon
      sale(990_009, 5, monthly, 'R$ 380,00', '29/11/2026 10:00:00'), // F: staff said "sem resposta"; that stays
      sale(990_010, 6, monthly, 'R$ 290,00', '05/12/2026 08:00:00'), // G pays, seen only from 05/12 on
    ].join('\n');
    await writeFile(join(directory, 'vendas.csv'), `${csv}\n`);
    const [report] = await importFiles(database.db, [join(directory, 'vendas.csv')], { studio, asOf: null, today: '2026-12-31', dryRun: false });
    expect(report!.status, report!.error).toBe('applied');
  });
  afterAll(async () => {
    await database.close();
    await demo.remove();
    await rm(directory, { recursive: true, force: true });
  });

  it('records what the sales up to as-of show: renewed, paid (a blocked client), or the revenue of staff\'s "renovou"', async () => {
    expect(await recordOutcomesFromImports(database.db, studio, '2026-12-01')).toEqual({ renewed: 2, paid: 1, revenueConfirmed: 1 });
    expect(await outcomeOf('A')).toEqual({ outcome: 'renewed', outcomeSource: 'import', outcomeAt: '2026-11-28T13:30:00.000Z', revenueKeptCents: 38_000 });
    // The two receipts of the same day are summed; the next month's payment is not the call's doing.
    expect(await outcomeOf('B')).toEqual({ outcome: 'paid', outcomeSource: 'import', outcomeAt: '2026-11-27T12:00:00.000Z', revenueKeptCents: 58_000 });
    expect(await outcomeOf('C')).toEqual({ outcome: null, outcomeSource: null, outcomeAt: null, revenueKeptCents: null });
    expect(await outcomeOf('D-message')).toEqual({ outcome: null, outcomeSource: null, outcomeAt: null, revenueKeptCents: null });
    expect(await outcomeOf('D-call')).toEqual({ outcome: 'renewed', outcomeSource: 'import', outcomeAt: '2026-11-30T19:00:00.000Z', revenueKeptCents: 45_000 });
    expect(await outcomeOf('E')).toEqual({ outcome: 'renewed', outcomeSource: 'staff', outcomeAt: '2026-11-27T18:00:00.000Z', revenueKeptCents: 38_000 });
    expect(await outcomeOf('F')).toEqual({ outcome: 'no_answer', outcomeSource: 'staff', outcomeAt: '2026-11-26T13:00:00.000Z', revenueKeptCents: null });
    expect(await outcomeOf('G')).toEqual({ outcome: null, outcomeSource: null, outcomeAt: null, revenueKeptCents: null });
  });

  it('records a later sale once as-of reaches it, and a second run changes nothing', async () => {
    expect(await recordOutcomesFromImports(database.db, studio, '2026-12-31')).toEqual({ renewed: 0, paid: 1, revenueConfirmed: 0 });
    expect(await outcomeOf('G')).toEqual({ outcome: 'paid', outcomeSource: 'import', outcomeAt: '2026-12-05T11:00:00.000Z', revenueKeptCents: 29_000 });
    const before = await database.db.select().from(actions).orderBy(asc(actions.id));
    expect(await recordOutcomesFromImports(database.db, studio, '2026-12-31')).toEqual({ renewed: 0, paid: 0, revenueConfirmed: 0 });
    expect(await database.db.select().from(actions).orderBy(asc(actions.id))).toEqual(before);
  });
});
