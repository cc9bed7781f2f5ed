/** The import report as a person reads it on a terminal: one table per file, then what to look at. */
import type { FileReport } from './import-report.ts';

const statusText: Record<FileReport['status'], string> = {
  applied: 'importado',
  duplicate: 'já importado antes: nada mudou',
  dry_run: 'simulação (--dry-run): nada foi gravado',
  failed: 'recusado: nada foi gravado',
};

function brazilianDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd());
}

const maxRejectionsShown = 20;

export function formatFileReport(report: FileReport): string {
  const number = (value: number) => value.toLocaleString('pt-BR');
  const heading = [`${report.file}: ${statusText[report.status]}`];
  if (report.importId && report.status === 'applied') heading.push(`(importação nº ${report.importId})`);
  if (report.asOf) heading.push(`data-base ${brazilianDate(report.asOf)}`);
  const lines = [heading.join(' ')];
  if (report.error) lines.push(`  ${report.error}`);
  if (report.sheets.length) {
    const rows = [['planilha', 'relatório', 'lidas', 'novas', 'alteradas', 'iguais', 'rejeitadas']];
    for (const sheet of report.sheets) {
      rows.push([sheet.sheet, sheet.layoutLabel ?? '(ignorada)', number(sheet.read), number(sheet.inserted), number(sheet.updated), number(sheet.unchanged), number(sheet.rejected)]);
    }
    lines.push(...table(rows).map((line) => `  ${line}`));
  }
  for (const sheet of report.sheets) {
    for (const decision of sheet.moneyDecisions) lines.push(`  ${sheet.sheet}, coluna ${decision.column}: ${decision.reason}`);
    for (const warning of sheet.warnings) lines.push(`  aviso em ${sheet.sheet}: ${warning}`);
    for (const rejection of sheet.rejections.slice(0, maxRejectionsShown)) {
      lines.push(`  rejeitada: ${sheet.sheet}, linha ${rejection.row}, coluna ${rejection.column}: ${rejection.reason}`);
    }
    if (sheet.rejections.length > maxRejectionsShown) {
      lines.push(`  ... e mais ${number(sheet.rejections.length - maxRejectionsShown)} linhas rejeitadas em ${sheet.sheet} (veja com --json)`);
    }
  }
  for (const warning of report.warnings) lines.push(`  ${warning}`);
  return lines.join('\n');
}
