/** The owner hears of yesterday's dead letters in the morning briefing, and hears nothing when there were none. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.ts';
import type { Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../../test/databases.ts';
import { importDemo, type ImportedDemo } from '../../test/demo-studio.ts';
import { ownerBriefing } from './owner-briefing.ts';

const occasion = { hour: 7, frontDeskAlert: '08:00' };

describeEachDriver('undelivered messages in the briefing', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let demo: ImportedDemo;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    demo = await importDemo(database.db, studio, { customers: 40, seed: 2, asOf: '2026-11-24' });
    const dead = (key: string, lastAttemptAt: string) => ({
      studioId: studio.id, idempotencyKey: key, channel: 'whatsapp' as const, recipient: '5511900000001@s.whatsapp.net', audience: 'client' as const, purpose: 'expires-within-15-days',
      payload: { kind: 'text' as const, text: 'oi' }, dueAt: new Date(lastAttemptAt), status: 'dead' as const, attempts: 6, lastAttemptAt: new Date(lastAttemptAt), lastError: 'rede fora do ar',
    });
    // 23/11 in São Paulo runs from 03:00 UTC on the 23rd to 03:00 UTC on the 24th.
    await database.db.insert(outbox).values([dead('a', '2026-11-23T15:00:00Z'), dead('b', '2026-11-24T02:59:00Z'), dead('c', '2026-11-24T03:00:00Z')]);
  });
  afterAll(async () => {
    await database.close();
    await demo.remove();
  });

  it('says how many messages failed every attempt yesterday, as a checked fact', async () => {
    const briefing = await ownerBriefing(database.db, studio, '2026-11-24', { occasion, channel: 'whatsapp', model: null });
    expect(briefing.text).toContain('Atenção: ontem 2 mensagens não puderam ser entregues depois de todas as tentativas.');
    expect(briefing.facts.find((fact) => fact.key === 'undelivered')).toMatchObject({ value: 2 });
    expect(briefing.checks.every((check) => check.passed)).toBe(true);
    const dayBefore = await ownerBriefing(database.db, studio, '2026-11-23', { occasion, channel: 'whatsapp', model: null });
    expect(dayBefore.text).not.toContain('Atenção');
  });
});
