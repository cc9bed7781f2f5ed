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
  return { code: ExitCode.internal, message: `Erro interno do Pulso. Detalhes para o suporte:\n${internalDetail(error)}` };
}

/**
 * What support needs (the error and where it happened) without what it must not see: a failed query's
 * text carries its parameters, which are clients' names and phones, so only the database's own
 * message and the stack's frames are shown.
 */
function internalDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : null;
  const message = cause ? `${cause.name}: ${cause.message}` : `${error.name}: ${error.message.split('\n')[0]!.slice(0, 300)}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [message, ...frames].join('\n');
}
