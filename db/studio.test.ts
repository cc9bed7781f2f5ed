import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../test/databases.ts';
import { ensureStudio } from './studio.ts';

describeEachDriver('ensureStudio', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(() => database.close());

  it('creates the studio once, with every default setting, and finds it again', async () => {
    const created = await ensureStudio(database.db, 'principal', { name: 'Estúdio Força', timeZone: 'America/Manaus' });
    const again = await ensureStudio(database.db, 'principal', { name: 'Outro nome', timeZone: 'America/Sao_Paulo' });
    expect(again).toEqual(created);
    expect(created.timeZone).toBe('America/Manaus');
    expect(created.settings.healthWeights).toEqual({ usage: 35, payment: 25, contract: 20, engagement: 10, relationship: 10 });
    expect(created.settings.quietHours).toEqual({ start: '21:00', end: '08:00', sundays: true });
    expect(created.settings.facts.plans).toEqual([]);
  });
});
