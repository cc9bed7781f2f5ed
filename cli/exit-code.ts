import { CommanderError } from 'commander';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import { InputError } from '../domain/input-error.ts';
import { UsageError } from './usage-error.ts';

/** The exit codes of DESIGN.md's command-line contract. */
export const ExitCode = { done: 0, usage: 1, badInput: 2, internal: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Maps what a command threw to its exit code and the pt-BR line for stderr (null: already printed). */
export function describeFailure(error: unknown): { code: ExitCode; message: string | null } {
  if (error instanceof CommanderError) {
    return { code: error.exitCode === 0 ? ExitCode.done : ExitCode.usage, message: null };
  }
  if (error instanceof UsageError) return { code: ExitCode.usage, message: error.message };
  if (error instanceof InputError || error instanceof DataDirInUseError) return { code: ExitCode.badInput, message: error.message };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: ExitCode.internal, message: `Erro interno do Pulso. Detalhes para o suporte:\n${detail}` };
}
