/**
 * Bad files through the real `pulso import`: each is refused with exit code 2 and a pt-BR message
 * naming the file, and the database (already holding a studio's data) is left byte-for-byte as it was.
 */
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureStudio } from '../db/studio.ts';
import { generateDemo } from '../demo/write-demo.ts';
import { openCliDatabase, type CliDatabase } from '../test/cli-database.ts';
import { runPulso } from '../test/cli.ts';
import { describeEachDriver } from '../test/databases.ts';
import { tableChecksums } from '../test/table-checksums.ts';
import { importBytes, workbookBytes, zipParts } from './workbook.testing.ts';

const demo = generateDemo({ customers: 30, seed: 11, asOf: '2026-11-23' });
const demoFile = (name: string) => demo.files.find((f) => f.name === name)!.bytes;

/** The demo's clientes.xlsx with one byte flipped in the middle of its clientes_ativos part. */
function corruptedCopy(): Buffer {
  const bytes = Buffer.from(demoFile('clientes.xlsx'));
  const part = zipParts(bytes).find((p) => p.path === 'xl/worksheets/sheet2.xml')!;
  bytes[part.dataOffset + Math.floor(part.compressedSize / 2)]! ^= 0xff;
  return bytes;
}

const badFiles: { name: string; what: string; write: (path: string) => Promise<void>; message: string | RegExp }[] = [
  {
    name: 'clientes-corrompido.xlsx',
    what: 'a demo workbook with a byte flipped inside the zip',
    write: (path) => writeFile(path, corruptedCopy()),
    message: /^O arquivo está corrompido: .*Exporte-o de novo do sistema\. \(arquivo clientes-corrompido\.xlsx\)$/m,
  },
  {
    name: 'foto.xlsx',
    what: 'random bytes renamed .xlsx',
    write: (path) => writeFile(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 104_729) % 256))),
    message: 'O arquivo não é uma planilha: envie o .xlsx ou o .csv exportado do sistema. (arquivo foto.xlsx)',
  },
  {
    name: 'sem-codigo.xlsx',
    what: 'a workbook without the Código column',
    write: (path) =>
      writeFile(path, workbookBytes([{ name: 'clientes_ativos', rows: [['Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos'], ['BRUNO LIMA 91', '05/03/2024', 'Ativo', '24,9', 9]] }])),
    message: 'A planilha parece ser de status dos clientes, mas falta a coluna "Código". Exporte o relatório completo do sistema. (arquivo sem-codigo.xlsx, planilha clientes_ativos, linha 1)',
  },
  {
    name: 'vazio.xlsx',
    what: 'an empty file',
    write: (path) => writeFile(path, ''),
    message: 'O arquivo está vazio. (arquivo vazio.xlsx)',
  },
  {
    name: 'enorme.xlsx',
    what: 'a 60 MB file',
    write: async (path) => {
      await writeFile(path, '');
      await truncate(path, 60 * 1024 * 1024);
    },
    message: 'O arquivo tem 60,0 MB; o limite é 50 MB. Exporte um período menor. (arquivo enorme.xlsx)',
  },
];

describeEachDriver('pulso import refuses bad files', (driver) => {
  let cli: CliDatabase;
  let directory: string;
  let before: Awaited<ReturnType<typeof tableChecksums>>;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'pulso-bad-files-'));
    for (const file of badFiles) await file.write(join(directory, file.name));
    cli = await openCliDatabase(driver);
    before = await cli.use(async (db) => {
      const studio = await ensureStudio(db, 'principal', { name: 'Meu estúdio', timeZone: 'America/Sao_Paulo' });
      for (const name of ['clientes.xlsx', 'funil_vendas.xlsx']) await importBytes(db, studio, name, demoFile(name), { today: '2026-11-23' });
      return tableChecksums(db);
    });
    expect(before.customers!.rows).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await cli?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it.each(badFiles)('$what: exit 2, a pt-BR message, nothing written', async ({ name, message }) => {
    const result = await runPulso(['import', join(directory, name)], cli.environment);
    expect(result.code, result.stderr).toBe(2);
    const [summary, reason, ...rest] = result.stderr.trimEnd().split('\n');
    expect(summary).toBe('1 arquivo recusado, sem gravar nada:');
    if (typeof message === 'string') expect(reason).toBe(message);
    else expect(reason).toMatch(message);
    expect(rest).toEqual([]);
    expect(result.stdout).toContain(`${name}: recusado: nada foi gravado`);
    expect(await cli.use((db) => tableChecksums(db))).toEqual(before);
  });
});
