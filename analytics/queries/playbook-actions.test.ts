/**
 * The period's playbook actions on both drivers: days are the studio's (São Paulo, UTC−3), an outcome
 * recorded after the day asked about is not known yet, and only playbook actions on clients count.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { actions, customers } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { playbookOutcomes } from '../metrics/playbook-outcomes.ts';
import { playbookActions } from './playbook-actions.ts';

const week = { from: '2026-11-23', to: '2026-11-29', outcomesUpTo: '2026-11-29' };

describeEachDriver('playbook actions of a period', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let client: number[];

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    const other = await openTestStudio(database, 'outro');
    const rows = await database.db.insert(customers).values([1, 2, 3, 4, 5, 6, 7].map((code) => ({ studioId: studio.id, code: String(code) }))).returning({ id: customers.id });
    client = rows.map((row) => row.id);
    const [foreign] = await database.db.insert(customers).values({ studioId: other.id, code: '1' }).returning({ id: customers.id });
    const at = (iso: string) => new Date(iso);
    await database.db.insert(actions).values([
      // 23/11 00:30 at the studio: in the week. Paid on 24/11.
      { studioId: studio.id, customerId: client[0]!, playbook: 'blocked-0-3-days', kind: 'message', actedAt: at('2026-11-23T03:30:00Z'), outcome: 'paid', outcomeAt: at('2026-11-24T12:00:00Z'), outcomeSource: 'import', revenueKeptCents: 29_000 },
      // 22/11 23:30 at the studio: the week before.
      { studioId: studio.id, customerId: client[1]!, playbook: 'blocked-0-3-days', kind: 'message', actedAt: at('2026-11-23T02:30:00Z') },
      // 29/11 23:30 at the studio: in the week; renewed on 30/11, after the day asked about.
      { studioId: studio.id, customerId: client[2]!, playbook: 'blocked-0-3-days', kind: 'call', actedAt: at('2026-11-30T02:30:00Z'), outcome: 'renewed', outcomeAt: at('2026-11-30T12:00:00Z'), outcomeSource: 'import', revenueKeptCents: 38_000 },
      { studioId: studio.id, customerId: client[3]!, playbook: 'expires-within-15-days', kind: 'call', actedAt: at('2026-11-25T13:00:00Z'), outcome: 'no_answer', outcomeAt: at('2026-11-25T13:00:00Z'), outcomeSource: 'staff' },
      // No playbook, no client, the next week, another studio: none of them count.
      { studioId: studio.id, customerId: client[4]!, playbook: null, kind: 'call', actedAt: at('2026-11-25T13:00:00Z') },
      { studioId: studio.id, customerId: null, playbook: 'lead-silent', kind: 'message', actedAt: at('2026-11-25T13:00:00Z') },
      { studioId: studio.id, customerId: client[5]!, playbook: 'expires-within-15-days', kind: 'message', actedAt: at('2026-11-30T03:30:00Z') },
      { studioId: other.id, customerId: foreign!.id, playbook: 'blocked-0-3-days', kind: 'message', actedAt: at('2026-11-25T13:00:00Z') },
    ]);
  });
  afterAll(async () => {
    await database.close();
  });

  it('reads the week by the studio\'s days, an outcome only once it was known', async () => {
    expect(await playbookActions(database.db, studio, week)).toEqual([
      { playbook: 'blocked-0-3-days', customerId: client[0], outcome: 'paid', revenueKeptCents: 29_000 },
      { playbook: 'blocked-0-3-days', customerId: client[2], outcome: null, revenueKeptCents: null },
      { playbook: 'expires-within-15-days', customerId: client[3], outcome: 'no_answer', revenueKeptCents: null },
    ]);
    const later = await playbookActions(database.db, studio, { ...week, outcomesUpTo: '2026-11-30' });
    expect(later[1]).toEqual({ playbook: 'blocked-0-3-days', customerId: client[2], outcome: 'renewed', revenueKeptCents: 38_000 });
  });

  it('feeds the metric: 2 of 3 clients saved by the blocked playbook once the late renewal is known, R$ 670,00 kept', async () => {
    const { total, byPlaybook } = playbookOutcomes(await playbookActions(database.db, studio, { ...week, outcomesUpTo: '2026-11-30' }));
    expect(byPlaybook.map(({ playbook, clients, saved, revenueKeptCents }) => ({ playbook, clients, saved, revenueKeptCents }))).toEqual([
      { playbook: 'blocked-0-3-days', clients: 2, saved: 2, revenueKeptCents: 67_000 },
      { playbook: 'expires-within-15-days', clients: 1, saved: 0, revenueKeptCents: 0 },
    ]);
    expect(total).toEqual({ clients: 3, saved: 2, withOutcome: 3, saveRate: 2 / 3, saveRateOfKnown: 2 / 3, revenueKeptCents: 67_000 });
  });
});
