/**
 * Which layout a sheet is, decided by its content: the first rows are scanned for a header row (title
 * rows, blank rows and leading empty columns are skipped naturally), and each layout's header table is
 * matched against it. A sheet that nearly matches a layout but lacks one of its required columns is
 * "incomplete" (a bad file); one that matches nothing is "unrecognised" (reported, never guessed).
 */
import { cellDisplay } from './cell.ts';
import type { Layout, LayoutFields } from './layouts/layout.ts';
import { layouts } from './layouts/index.ts';
import { normalizeHeader } from './parse/header.ts';
import type { SheetGrid } from './read-workbook.ts';

/** Header rows sit near the top; Tecnofit puts at most a few title lines above them. */
export const maxHeaderSearchRows = 30;

export interface ColumnBinding {
  index: number;
  /** The header as written in the file, for messages. */
  header: string;
}

export type SheetRecognition =
  | { kind: 'recognized'; layout: Layout; headerRow: number; columns: Record<string, ColumnBinding> }
  | { kind: 'incomplete'; layout: Layout; headerRow: number; missing: string[] }
  | { kind: 'unrecognized' };

interface Candidate {
  layout: Layout;
  headerRow: number;
  columns: Record<string, ColumnBinding>;
  matched: number;
  missing: string[];
}

function bindColumns(headers: Map<string, ColumnBinding>, fields: LayoutFields): Record<string, ColumnBinding> {
  const columns: Record<string, ColumnBinding> = {};
  for (const [name, spec] of Object.entries(fields)) {
    for (const alias of spec.headers) {
      const binding = headers.get(normalizeHeader(alias));
      if (binding) {
        columns[name] = binding;
        break;
      }
    }
  }
  return columns;
}

function rowHeaders(grid: SheetGrid, rowIndex: number): Map<string, ColumnBinding> {
  const headers = new Map<string, ColumnBinding>();
  (grid.rows[rowIndex] ?? []).forEach((cell, index) => {
    if (cell.kind !== 'text') return;
    const key = normalizeHeader(cell.text);
    if (key && !headers.has(key)) headers.set(key, { index, header: cellDisplay(cell).trim() });
  });
  return headers;
}

export function recognizeSheet(grid: SheetGrid): SheetRecognition {
  const candidates: Candidate[] = [];
  const rowsToScan = Math.min(grid.rows.length, maxHeaderSearchRows);
  for (let headerRow = 0; headerRow < rowsToScan; headerRow++) {
    const headers = rowHeaders(grid, headerRow);
    if (headers.size < 2) continue;
    for (const layout of layouts as readonly Layout[]) {
      const columns = bindColumns(headers, layout.fields);
      const missing = Object.entries(layout.fields)
        .filter(([name, spec]) => spec.required && !columns[name])
        .map(([, spec]) => spec.headers[0]!);
      candidates.push({ layout, headerRow, columns, matched: Object.keys(columns).length, missing });
    }
  }
  const complete = candidates.filter((candidate) => candidate.missing.length === 0);
  const best = (list: Candidate[]) =>
    list.reduce<Candidate | undefined>((top, candidate) => (!top || candidate.matched / Object.keys(candidate.layout.fields).length > top.matched / Object.keys(top.layout.fields).length ? candidate : top), undefined);
  const winner = best(complete);
  if (winner) return { kind: 'recognized', layout: winner.layout, headerRow: winner.headerRow, columns: winner.columns };
  const near = best(candidates.filter((c) => c.matched >= 3 && c.matched / Object.keys(c.layout.fields).length >= 0.5));
  if (near) return { kind: 'incomplete', layout: near.layout, headerRow: near.headerRow, missing: near.missing };
  return { kind: 'unrecognized' };
}
