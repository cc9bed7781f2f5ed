/**
 * The file itself, before any database: CSV in both encodings and separators read like the equivalent
 * workbook, and every kind of bad file refused by prepareFile with a pt-BR InputError.
 */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/write-demo.ts';
import { InputError } from '../domain/input-error.ts';
import { decodeCsv } from './csv-text.ts';
import type { PreparedFile } from './import-file.ts';
import { openWorkbook } from './read-workbook.ts';
import { currencyCell, dateCell, prepareFile, unzipParts, workbookBytes, zipBytes, zipParts } from './workbook.testing.ts';

const studio = { id: 1, timeZone: 'America/Sao_Paulo' };

function prepare(fileName: string, bytes: Uint8Array): Promise<PreparedFile> {
  return prepareFile({ bytes: Buffer.from(bytes), fileName, studio, asOf: null, today: '2026-11-30', dryRun: false });
}

/** The recognised sheets of a prepared file, with all their parsed rows. */
function recognizedSheets({ parse }: PreparedFile) {
  return parse.sheets.flatMap((sheet) =>
    sheet.outcome?.kind === 'recognized'
      ? [{ layout: sheet.outcome.sheet.layoutId, titleLines: sheet.outcome.sheet.titleLines, rows: sheet.chunks.flatMap((chunk) => chunk.rows), rejections: sheet.chunks.flatMap((chunk) => chunk.rejections) }]
      : [],
  );
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const error = await prepare(fileName, bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe('CSV exports', () => {
  const header = ['Código', 'Cliente', 'Status Cliente', 'E-mail válido', 'Contrato', 'Status Contrato', 'Valor', 'Início', 'Vencimento'];
  const lines = [
    ['1002', 'JOÃO CONCEIÇÃO 12', 'Excluído', 'Não', 'FISIOTERAPIA MENSAL', 'Cancelado', 'R$ 1.234,56', '10/11/2026', '10/12/2026'],
    ['1003', 'ANA LÚCIA MÜLLER 4', 'Ativo', 'Sim', 'CALISTENIA 3X NA SEMANA MENSAL', 'Ativo', 'R$ 380,00', '01/11/2026', '01/12/2026'],
  ];
  const titles = ['Tecnofit', 'Contratos - Unidade São Paulo'];

  const xlsx = workbookBytes([
    {
      name: 'conversoes',
      rows: [
        ...titles.map((title) => [title]),
        header,
        [1002, 'JOÃO CONCEIÇÃO 12', 'Excluído', 'Não', 'FISIOTERAPIA MENSAL', 'Cancelado', currencyCell(1234.56), dateCell('2026-11-10'), '10/12/2026'],
        [1003, 'ANA LÚCIA MÜLLER 4', 'Ativo', 'Sim', 'CALISTENIA 3X NA SEMANA MENSAL', 'Ativo', currencyCell(380), dateCell('2026-11-01'), '01/12/2026'],
      ],
    },
  ]);
  // Excel in pt-BR: UTF-8 with a BOM, ";" between fields.
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([...titles, header.join(';'), ...lines.map((l) => l.join(';'))].join('\n'), 'utf8')]);
  // Excel on an older Windows: Windows-1252 (Latin-1 for these letters), "," between fields, CRLF.
  const quoted = (field: string) => (field.includes(',') ? `"${field}"` : field);
  const windows = Buffer.from([...titles, header.join(','), ...lines.map((l) => l.map(quoted).join(','))].join('\r\n') + '\r\n', 'latin1');

  it('detects the encoding and the separator', () => {
    expect([decodeCsv(utf8).encoding, decodeCsv(utf8).separator]).toEqual(['utf-8', ';']);
    expect([decodeCsv(windows).encoding, decodeCsv(windows).separator]).toEqual(['windows-1252', ',']);
    expect(windows.includes(Buffer.from('São', 'utf8'))).toBe(false);
  });

  it('gives the same rows as the equivalent workbook, accents intact', async () => {
    const expected = [
      {
        sourceRow: 4, code: '1002', name: 'JOÃO CONCEIÇÃO 12', customerStatus: 'Excluído', emailValid: false,
        plan: { name: 'FISIOTERAPIA MENSAL', family: 'fisioterapia', sessionsPerWeek: null, periodDays: 30, packSize: null },
        status: 'Cancelado', value: 123456, startsOn: '2026-11-10', endsOn: '2026-12-10',
      },
      {
        sourceRow: 5, code: '1003', name: 'ANA LÚCIA MÜLLER 4', customerStatus: 'Ativo', emailValid: true,
        plan: { name: 'CALISTENIA 3X NA SEMANA MENSAL', family: 'calistenia', sessionsPerWeek: 3, periodDays: 30, packSize: null },
        status: 'Ativo', value: 38000, startsOn: '2026-11-01', endsOn: '2026-12-01',
      },
    ];
    for (const [name, bytes] of [['conversoes.xlsx', xlsx], ['conversoes.csv', utf8], ['CONVERSOES-WIN.CSV', windows]] as const) {
      const prepared = await prepare(name, bytes);
      expect(recognizedSheets(prepared).map((s) => [s.layout, s.rejections, s.titleLines]), name).toEqual([['contracts', [], titles]]);
      expect(recognizedSheets(prepared)[0]!.rows, name).toEqual(expected);
    }
    expect((await prepare('conversoes.csv', utf8)).parse.sheetNames).toEqual(['conversoes.csv']);
  });
});

describe('bad files', () => {
  const demo = generateDemo({ customers: 20, seed: 7, asOf: '2026-11-23' });
  const clientes = demo.files.find((f) => f.name === 'clientes.xlsx')!.bytes;
  const corrupted = 'O arquivo está corrompido: não é um .xlsx válido (o conteúdo zip não pode ser lido). Exporte-o de novo do sistema. (arquivo c.xlsx)';

  it('refuses an empty file', async () => {
    expect(await refusal('vazio.xlsx', Buffer.alloc(0))).toBe('O arquivo está vazio. (arquivo vazio.xlsx)');
  });

  it('refuses a file over 50 MB without parsing it', async () => {
    expect(await refusal('grande.xlsx', Buffer.alloc(60 * 1024 * 1024))).toBe(
      'O arquivo tem 60,0 MB; o limite é 50 MB. Exporte um período menor. (arquivo grande.xlsx)',
    );
  });

  it('refuses random bytes named .xlsx', async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    expect(await refusal('aleatorio.xlsx', random)).toBe('O arquivo não é uma planilha: envie o .xlsx ou o .csv exportado do sistema. (arquivo aleatorio.xlsx)');
  });

  it('refuses a truncated workbook', async () => {
    expect(await refusal('c.xlsx', clientes.subarray(0, Math.floor(clientes.length / 2)))).toBe(corrupted);
  });

  it('refuses a workbook with a byte flipped inside any part, even where the part still inflates', async () => {
    // Every tenth of every part: some flips break the deflate stream, most inflate to other bytes of
    // the same length, which only the CRC-32 reveals.
    const messages = new Set<string>();
    for (const part of zipParts(clientes)) {
      for (let tenth = 1; tenth < 10; tenth++) {
        const copy = Buffer.from(clientes);
        copy[part.dataOffset + Math.floor((part.compressedSize * tenth) / 10)]! ^= 0xff;
        messages.add(await refusal('c.xlsx', copy));
      }
    }
    expect([...messages].sort()).toEqual([
      'O arquivo está corrompido: uma parte do .xlsx foi danificada (a soma de verificação não confere). Exporte-o de novo do sistema. (arquivo c.xlsx)',
      'O arquivo está corrompido: uma parte do .xlsx não pode ser descompactada. Exporte-o de novo do sistema. (arquivo c.xlsx)',
    ]);
  });

  it('refuses a workbook whose sheet part is missing', async () => {
    const parts = unzipParts(clientes);
    expect(parts.map((p) => p.path)).toContain('xl/worksheets/sheet2.xml');
    const intact = zipBytes(parts);
    expect(recognizedSheets(await prepare('c.xlsx', intact))).toHaveLength(4);
    const without = zipBytes(parts.filter((p) => p.path !== 'xl/worksheets/sheet2.xml'));
    expect(await refusal('c.xlsx', without)).toBe('O arquivo está corrompido: falta o conteúdo da planilha "clientes_ativos". Exporte-o de novo do sistema. (arquivo c.xlsx)');
  });

  it('reads a workbook a sheet at a time: the names first, each sheet when asked, a missing part failing only its sheet', () => {
    const bytes = workbookBytes([
      { name: 'primeira', rows: [['Código'], ['1001']] },
      { name: 'segunda', rows: [['Recibo'], ['555'], ['556']] },
    ]);
    const workbook = openWorkbook(bytes, 'duas.xlsx', 'xlsx');
    expect(workbook.names).toEqual(['primeira', 'segunda']);
    const second = workbook.sheet(1);
    expect(second.name).toBe('segunda');
    expect(second.rows.map((row) => row?.[0]?.v)).toEqual(['Recibo', '555', '556']);

    const damaged = openWorkbook(zipBytes(unzipParts(bytes).filter((p) => p.path !== 'xl/worksheets/sheet2.xml')), 'duas.xlsx', 'xlsx');
    expect(damaged.sheet(0).rows.map((row) => row?.[0]?.v)).toEqual(['Código', '1001']);
    expect(() => damaged.sheet(1)).toThrow('falta o conteúdo da planilha "segunda"');
  });

  it('refuses a zip bomb: an .xlsx-like zip with a 20 MB part of zeros', async () => {
    const parts = unzipParts(clientes).filter((p) => p.path !== 'xl/worksheets/sheet1.xml');
    const bomb = zipBytes([...parts, { path: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(20 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal('bomba.xlsx', bomb)).toBe('O arquivo descompactado seria grande demais para uma planilha: recusado por segurança. (arquivo bomba.xlsx)');
  });

  it('refuses a part that inflates to more than it declares', async () => {
    const parts = unzipParts(clientes);
    const lying = zipBytes(parts.map((p) => (p.path === 'xl/worksheets/sheet4.xml' ? { ...p, declaredSize: 1000 } : p)));
    expect(await refusal('c.xlsx', lying)).toBe('O arquivo está corrompido: uma parte do .xlsx não pode ser descompactada. Exporte-o de novo do sistema. (arquivo c.xlsx)');
  });

  it('refuses password-protected workbooks, zipped or in an encrypted container', async () => {
    const protectedMessage = 'A planilha está protegida por senha. Exporte-a de novo sem senha. (arquivo senha.xlsx)';
    const encryptedEntry = zipBytes(unzipParts(clientes).map((p) => ({ ...p, encrypted: true })));
    expect(await refusal('senha.xlsx', encryptedEntry)).toBe(protectedMessage);

    // What Excel writes for "Encrypt with password": an OLE container with these two streams.
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from('<?xml version="1.0"?><encryption/>')]));
    XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 7));
    expect(await refusal('senha.xlsx', XLSX.CFB.write(container, { type: 'buffer' }) as Buffer)).toBe(protectedMessage);
  });
});
