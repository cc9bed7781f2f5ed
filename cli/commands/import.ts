/**
 * `pulso import FILE... [--as-of DATE] [--dry-run] [--json]`: every file is read and checked first,
 * then written one transaction per file, clients before the reports that name them. A bad file is
 * refused whole (exit 2) and the others still go in.
 */
import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { configFromEnvironment } from '../../config.ts';
import { calendarDateAt } from '../../domain/calendar-date.ts';
import { InputError } from '../../domain/input-error.ts';
import { applyFile, prepareFile, type PreparedFile } from '../../ingest/import-file.ts';
import type { FileReport } from '../../ingest/import-report.ts';
import { readImportFile } from '../../ingest/read-import-file.ts';
import { formatFileReport } from '../import-report-text.ts';
import { parseAsOf } from '../as-of.ts';
import { printJson } from '../print.ts';
import { withStudioSession } from '../studio-session.ts';

/** Files with at least this many rows get a progress bar on a terminal. */
const progressBarRows = 5_000;

function failed(file: string, error: InputError): FileReport {
  return { file, status: 'failed', importId: null, sha256: '', asOf: null, sheets: [], warnings: [], error: error.message };
}

export function importCommand(): Command {
  return new Command('import')
    .description('importa planilhas exportadas do sistema (.xlsx ou .csv): tudo ou nada por arquivo')
    .argument('<arquivos...>', 'planilhas do Tecnofit (funil_vendas.xlsx, clientes.xlsx, frequência...)')
    .option('--as-of <aaaa-mm-dd>', 'data dos retratos (saldos, status, bloqueios); padrão: a data do título do relatório, senão hoje')
    .option('--dry-run', 'confere e mostra o que mudaria, sem gravar nada')
    .option('--json', 'saída em JSON')
    .action(async (paths: string[], options: { asOf?: string; dryRun?: boolean; json?: boolean }) => {
      const asOf = options.asOf === undefined ? null : parseAsOf(options.asOf);
      const config = configFromEnvironment();
      const reports = await withStudioSession(config, async ({ database, studio }) => {
        const today = calendarDateAt(new Date(), studio.timeZone);
        const results = new Map<number, FileReport>();
        const prepared: { index: number; file: PreparedFile }[] = [];
        for (const [index, path] of paths.entries()) {
          try {
            const { bytes, fileName } = await readImportFile(path);
            prepared.push({ index, file: await prepareFile({ bytes, fileName, studio, asOf, today, dryRun: Boolean(options.dryRun) }) });
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            results.set(index, failed(path, error));
          }
        }
        prepared.sort((a, b) => a.file.rank - b.file.rank);
        for (const { index, file } of prepared) {
          const rows = file.sheets.reduce((sum, sheet) => sum + sheet.parsed.rows.length, 0);
          const bar = !options.json && process.stderr.isTTY && rows >= progressBarRows
            ? new SingleBar({ format: `${file.request.fileName} [{bar}] {percentage}% | {value}/{total} linhas`, stream: process.stderr })
            : null;
          bar?.start(rows, 0);
          try {
            results.set(index, await applyFile(database.db, { ...file, request: { ...file.request, onProgress: (done) => bar?.update(done) } }));
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            results.set(index, failed(file.request.fileName, error));
          } finally {
            bar?.stop();
          }
        }
        return paths.map((_, index) => results.get(index)!);
      });
      if (options.json) printJson({ files: reports });
      else process.stdout.write(`${reports.map(formatFileReport).join('\n\n')}\n`);
      const refused = reports.filter((report) => report.status === 'failed');
      if (refused.length) {
        const count = refused.length === 1 ? '1 arquivo recusado' : `${refused.length} arquivos recusados`;
        throw new InputError(`${count}, sem gravar nada dele${refused.length === 1 ? '' : 's'}:\n${refused.map((report) => report.error).join('\n')}`);
      }
    });
}
