import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../test/databases.ts';

describeEachDriver('Database.executeSql', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(() => database.close());

  it('runs one statement with values', async () => {
    expect((await database.executeSql('select $1::text as name, $2::int as count', ['aula', 3])).rows).toEqual([{ name: 'aula', count: 3 }]);
  });

  it('runs many statements without values and returns the rows of each, in order', async () => {
    const { rows } = await database.executeSql(`
      BEGIN;
      create temporary table numbers (n int);
      insert into numbers values (1), (2);
      select n from numbers order by n;
      select 'fim' as word;
      COMMIT;`);
    expect(rows).toEqual([{ n: 1 }, { n: 2 }, { word: 'fim' }]);
  });

  it('rolls back a failed BEGIN ... COMMIT text and leaves the connection usable', async () => {
    await database.executeSql('create table executesql_probe (n int)');
    await expect(database.executeSql('BEGIN; insert into executesql_probe values (1); select 1/0; COMMIT;')).rejects.toThrow(/division by zero/);
    expect((await database.executeSql('select count(*)::int as rows from executesql_probe')).rows).toEqual([{ rows: 0 }]);
  });
});
