/**
 * The `pulso` command line: one commander program, one file per command under cli/commands.
 * Exit codes follow DESIGN.md: 0 done, 1 wrong usage, 2 bad input, 3 internal error.
 */
import { Command, Help } from 'commander';
import { askCommand } from './commands/ask.ts';
import { briefingCommand } from './commands/briefing.ts';
import { demoCommand } from './commands/demo.ts';
import { importCommand } from './commands/import.ts';
import { outreachCommand } from './commands/outreach.ts';
import { playbooksCommand } from './commands/playbooks.ts';
import { riskCommand } from './commands/risk.ts';
import { scoreCommand } from './commands/score.ts';
import { staffCommand } from './commands/staff.ts';
import { forgetCommand } from './commands/forget.ts';
import { startCommand } from './commands/start.ts';
import { translateCommanderError, translateHelpTitles } from './commander-pt-br.ts';
import { describeFailure, ExitCode } from './exit-code.ts';
import { packageVersion } from '../domain/package-version.ts';

export function buildProgram(): Command {
  const program = new Command('pulso')
    .description('Pulso: retenção de clientes para estúdios e clínicas')
    .version(packageVersion(), '-v, --version', 'mostra a versão')
    .showHelpAfterError('(use --help para ver as opções)');
  for (const command of [startCommand(), demoCommand(), importCommand(), scoreCommand(), riskCommand(), briefingCommand(), askCommand(), outreachCommand(), playbooksCommand(), staffCommand(), forgetCommand()]) program.addCommand(command);
  configureEverywhere(program);
  return program;
}

/** Subcommands copy their parent's settings only when created, so these are applied to the whole tree. */
function configureEverywhere(command: Command): void {
  command
    .exitOverride()
    .helpOption('-h, --help', 'mostra esta ajuda')
    .showHelpAfterError('(use --help para ver as opções)')
    .configureOutput({ outputError: (message, write) => write(translateCommanderError(message)) })
    .configureHelp({ formatHelp: (shown, helper) => translateHelpTitles(Help.prototype.formatHelp.call(helper, shown, helper)) });
  if (command.commands.length > 0) command.helpCommand('help [comando]', 'mostra a ajuda de um comando');
  for (const subcommand of command.commands) configureEverywhere(subcommand);
}

/** Runs the command line and returns the exit code; never calls process.exit, so output is flushed. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return ExitCode.done;
  } catch (error) {
    const { code, message } = describeFailure(error);
    if (message) process.stderr.write(`${message}\n`);
    return code;
  }
}
