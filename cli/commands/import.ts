/**
 * `pulso import FILE... [--as-of DATE] [--dry-run] [--json]`: each file all or nothing; a refused file
 * makes the exit code 2 while the others still go in. A progress bar shows on a terminal for big files.
 * When a file went in, its sales may close the studio's actions (renewed, paid): recorded, and said.
 */
import type { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type { OutcomesRecorded } from '../../analytics/queries/outcomes-from-imports.ts';
import { calendarDateAt } from '../../domain/calendar-date.ts';
import { InputError } from '../../domain/input-error.ts';
import { say } from '../../prompts/catalog.ts';
import { parseAsOf } from '../as-of.ts';
import { printJson } from '../print.ts';

/** Files with at least this many rows get a progress bar on a terminal. */
const progressBarRows = 5_000;

/** The outcomes the new sales recorded, as one line; nothing when there were none. */
function outcomesText(outcomes: OutcomesRecorded): string[] {
  const parts = (['renewed', 'paid', 'revenueConfirmed'] as const).filter((key) => outcomes[key] > 0).map((key) => say('import-outcomes.md', key, { ...outcomes }));
  return parts.length ? [say('import-outcomes.md', 'title', { list: parts.join('; ') })] : [];
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
      const [{ SingleBar }, { configFromEnvironment }, { withStudioSession }, { importFiles }, { formatFileReport }, { recordOutcomesFromImports }] = await Promise.all([
        import('cli-progress'),
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../ingest/import-files.ts'),
        import('../../ingest/import-report-text.ts'),
        import('../../analytics/queries/outcomes-from-imports.ts'),
      ]);
      const config = configFromEnvironment();
      let bar: SingleBar | null = null;
      const { reports, outcomes } = await withStudioSession(config, async ({ database, studio }) => {
        const today = calendarDateAt(new Date(), studio.timeZone);
        const reports = await importFiles(database.db, paths, {
          studio,
          asOf,
          today,
          dryRun: Boolean(options.dryRun),
          onFileStart: (fileName) => {
            if (options.json || !process.stderr.isTTY) return undefined;
            // A sheet's row count is known once it is parsed: the bar appears when the file turns out large.
            return (done, total) => {
              if (!bar && total >= progressBarRows) {
                bar = new SingleBar({ format: `${fileName} [{bar}] {percentage}% | {value}/{total} linhas`, stream: process.stderr });
                bar.start(total, done);
              }
              bar?.setTotal(total);
              bar?.update(done);
            };
          },
          onFileEnd: () => {
            bar?.stop();
            bar = null;
          },
        });
        // New sales may be the outcome of the studio's actions: a renewal or a payment after a contact.
        const applied = reports.some((report) => report.status === 'applied');
        return { reports, outcomes: applied ? await recordOutcomesFromImports(database.db, studio, asOf ?? today) : null };
      });
      if (options.json) printJson({ files: reports, outcomes });
      else process.stdout.write(`${[...reports.map(formatFileReport), ...(outcomes ? outcomesText(outcomes) : [])].join('\n\n')}\n`);
      const refused = reports.filter((report) => report.status === 'failed');
      if (refused.length) {
        const count = refused.length === 1 ? '1 arquivo recusado' : `${refused.length} arquivos recusados`;
        throw new InputError(`${count}, sem gravar nada:\n${refused.map((report) => report.error).join('\n')}`);
      }
    });
}
