/**
 * The writer's view of a file being read: which sheet may be written next, how little is read ahead to
 * decide it, and which error a bad file reports (the first failed sheet in file order).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/input-error.ts';
import { FileParse } from './file-parse.ts';
import type { SheetEvent } from './sheet-events.ts';

function recognized(sheet: string, layoutId: string): SheetEvent {
  return { type: 'recognized', sheet, layoutId, titleLines: [], moneyDecisions: [], dataRows: 1 };
}

function rows(read: number): SheetEvent {
  return { type: 'rows', rows: [], rejections: [], read };
}

/** A parse fed by a script: first the sheet names, then [sheet, event] steps; `steps` counts reads. */
function scripted(sheetNames: string[], script: [number, SheetEvent][]) {
  const reads = { steps: 0 };
  const parse = new FileParse('f.xlsx', (self) => {
    if (!self.sheetNames) {
      self.sheetNames = sheetNames;
      return true;
    }
    const step = script.shift();
    if (!step) return false;
    reads.steps++;
    self.receive(...step);
    return true;
  });
  return { parse, reads };
}

describe('which sheet is written next', () => {
  it('writes a client list that opens the file before the rest of the file is read', () => {
    const { parse, reads } = scripted(['clientes', 'vendas'], [
      [0, recognized('clientes', 'client-status')],
      [0, rows(3)],
      [0, { type: 'end' }],
      [1, recognized('vendas', 'sales')],
      [1, { type: 'end' }],
    ]);
    expect(parse.nextToWrite(new Set())?.index).toBe(0);
    expect(reads.steps).toBe(1);
    expect(parse.nextChunk(0)?.read).toBe(3);
    expect(parse.nextChunk(0)).toBeNull();
    expect(parse.nextToWrite(new Set([0]))?.index).toBe(1);
    expect(parse.nextToWrite(new Set([0, 1]))).toBeNull();
  });

  it('writes the client list first even when it comes last in the file', () => {
    const { parse } = scripted(['vendas', 'notas', 'clientes'], [
      [0, recognized('vendas', 'sales')],
      [0, rows(2)],
      [0, { type: 'end' }],
      [1, { type: 'unrecognized', sheet: 'notas', hasContent: true }],
      [2, recognized('clientes', 'client-status')],
      [2, { type: 'end' }],
    ]);
    expect(parse.nextToWrite(new Set())?.index).toBe(2);
    // The receipts read on the way wait for their turn.
    expect(parse.sheet(0).chunks).toHaveLength(1);
    expect(parse.nextToWrite(new Set([2]))?.index).toBe(0);
  });
});

describe('the error a bad file reports', () => {
  it('is the first failed sheet in file order', () => {
    const { parse } = scripted(['vendas', 'clientes'], [
      [0, { type: 'failed', detail: 'falta a coluna "Recibo"', location: { file: 'f.xlsx', sheet: 'vendas' } }],
      [1, { type: 'failed', detail: 'falta a coluna "Código"', location: { file: 'f.xlsx', sheet: 'clientes' } }],
    ]);
    expect(() => parse.nextToWrite(new Set())).toThrow(new InputError('falta a coluna "Recibo"', { file: 'f.xlsx', sheet: 'vendas' }));
  });

  it('is "nothing recognised" once every sheet is known and none is a report', () => {
    const { parse } = scripted(['a', 'b'], [
      [0, { type: 'unrecognized', sheet: 'a', hasContent: true }],
      [1, { type: 'unrecognized', sheet: 'b', hasContent: false }],
    ]);
    expect(() => parse.outcomes()).toThrow(/^Nenhuma planilha do arquivo foi reconhecida/);
  });

  it('is the unreadable file itself when it cannot even be opened', () => {
    const parse = new FileParse('f.xlsx', (self) => {
      self.receive(0, { type: 'failed', detail: 'O arquivo está corrompido.', location: { file: 'f.xlsx' } });
      return true;
    });
    expect(() => parse.nextToWrite(new Set())).toThrow('O arquivo está corrompido. (arquivo f.xlsx)');
  });

  it('fails a sheet that breaks after it was recognised, rows already read or not', () => {
    const { parse } = scripted(['clientes'], [
      [0, recognized('clientes', 'client-status')],
      [0, { type: 'failed', detail: 'parte danificada', location: { file: 'f.xlsx', sheet: 'clientes' } }],
    ]);
    expect(parse.nextToWrite(new Set())?.index).toBe(0);
    expect(() => parse.nextChunk(0)).toThrow('parte danificada');
  });
});

describe('reading ahead while the database writes', () => {
  it('reads ahead event by event, and a failure met ahead is raised when the writer gets there', () => {
    const { parse, reads } = scripted(['clientes'], [
      [0, recognized('clientes', 'client-status')],
      [0, rows(2)],
      [0, { type: 'failed', detail: 'parte danificada', location: { file: 'f.xlsx', sheet: 'clientes' } }],
    ]);
    expect(parse.nextToWrite(new Set())?.index).toBe(0);
    expect(parse.readAhead()).toBe(true);
    expect(reads.steps).toBe(2);
    expect(parse.readAhead()).toBe(true);
    expect(parse.readAhead()).toBe(false);
    expect(parse.nextChunk(0)?.read).toBe(2);
    expect(() => parse.nextChunk(0)).toThrow('parte danificada');
  });

  it('keeps a bug met while reading ahead for the writer, instead of losing it in a timer', () => {
    let calls = 0;
    const parse = new FileParse('f.xlsx', (self) => {
      calls++;
      if (calls === 1) {
        self.sheetNames = ['clientes'];
        return true;
      }
      throw new Error('bug');
    });
    expect(parse.readAhead()).toBe(true);
    expect(parse.readAhead()).toBe(false);
    expect(() => parse.nextToWrite(new Set())).toThrow('bug');
  });
});
