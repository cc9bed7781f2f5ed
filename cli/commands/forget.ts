/**
 * `pulso forget CODIGO`: LGPD erasure of one client's personal data everywhere (db/customer-erasure.ts);
 * anonymous aggregates stay, and the erasure is written to the audit log as done from the command line.
 */
import { Command } from 'commander';
import { InputError } from '../../domain/input-error.ts';
import { printJson } from '../print.ts';

export function forgetCommand(): Command {
  return new Command('forget')
    .description('apaga os dados pessoais de um cliente em todas as tabelas (LGPD); os agregados ficam, anônimos')
    .argument('<codigo>', 'o Código do cliente no sistema de gestão')
    .option('--json', 'saída em JSON')
    .action(async (code: string, options: { json?: boolean }) => {
      if (!/^\d+$/.test(code)) throw new InputError(`Código inválido: "${code}". Use o Código numérico do cliente, por exemplo 1002.`);
      const [{ configFromEnvironment }, { withStudioSession }, { eraseCustomer }] = await Promise.all([
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../db/customer-erasure.ts'),
      ]);
      const erasure = await withStudioSession(configFromEnvironment(), ({ database, studio }) => eraseCustomer(database.db, studio.id, code, { kind: 'cli', staffId: null }, new Date()));
      if (!erasure) throw new InputError(`Nenhum cliente com o código ${code}.`);
      if (options.json) printJson(erasure);
      else process.stdout.write(`Dados pessoais do cliente ${code} apagados. Os números do estúdio ficam, anônimos. O registro da exclusão está no log de auditoria.\n`);
    });
}
