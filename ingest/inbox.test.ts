import { mkdtemp, readdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { customers } from '../db/schema/index.ts';
import { writeDemo } from '../demo/write-demo.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { createInbox } from './inbox.ts';

describeEachDriver('inbox folder', (driver) => {
  let database: TestDatabase;
  let directory: string;
  let demo: string;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    directory = await mkdtemp(join(tmpdir(), 'pulso-inbox-'));
    demo = await mkdtemp(join(tmpdir(), 'pulso-inbox-demo-'));
    writeDemo(demo, { customers: 60, seed: 5, asOf: '2026-11-24' });
  });
  afterAll(async () => {
    await database.close();
    await rm(directory, { recursive: true, force: true });
    await rm(demo, { recursive: true, force: true });
  });

  it('imports a file once it stops changing, files it under importados/ or com-erro/ with its report, then calls afterImport', async () => {
    const studio = await openTestStudio(database);
    let afterImports = 0;
    const afterImport = async () => {
      afterImports += 1;
    };
    const inbox = createInbox({ db: database.db, studio, directory, today: () => '2026-11-24', logger: pino({ level: 'silent' }), afterImport });
    await copyFile(join(demo, 'clientes.xlsx'), join(directory, 'clientes.xlsx'));
    await writeFile(join(directory, 'quebrado.xlsx'), 'isto não é uma planilha');
    await writeFile(join(directory, 'anotações.txt'), 'não é para importar');

    expect(await inbox.scan()).toEqual([]);
    const reports = await inbox.scan();
    expect(reports.map((report) => [report.file, report.status])).toEqual([
      ['clientes.xlsx', 'applied'],
      ['quebrado.xlsx', 'failed'],
    ]);
    expect(afterImports).toBe(1);

    expect((await readdir(directory)).sort()).toEqual(['anotações.txt', 'com-erro', 'importados']);
    expect((await readdir(join(directory, 'importados'))).sort()).toEqual(['clientes.xlsx', 'clientes.xlsx.relatorio.txt']);
    expect((await readdir(join(directory, 'com-erro'))).sort()).toEqual(['quebrado.xlsx', 'quebrado.xlsx.relatorio.txt']);
    expect(await readFile(join(directory, 'com-erro', 'quebrado.xlsx.relatorio.txt'), 'utf8')).toContain('O arquivo não é uma planilha');
    expect(await readFile(join(directory, 'importados', 'clientes.xlsx.relatorio.txt'), 'utf8')).toContain('clientes.xlsx: importado');
    expect((await database.db.select().from(customers)).length).toBe(60);

    await copyFile(join(demo, 'clientes.xlsx'), join(directory, 'clientes.xlsx'));
    await inbox.scan();
    const again = await inbox.scan();
    expect(again.map((report) => report.status)).toEqual(['duplicate']);
    expect(afterImports, 'nothing applied, nothing to follow up').toBe(1);
    expect((await readdir(join(directory, 'importados'))).sort()).toEqual([
      'clientes (2).xlsx',
      'clientes (2).xlsx.relatorio.txt',
      'clientes.xlsx',
      'clientes.xlsx.relatorio.txt',
    ]);
  });
});
