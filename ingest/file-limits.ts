/**
 * Pulso parses files that strangers can send (an export forwarded on WhatsApp, an upload). These limits
 * keep one file from exhausting the machine: the size on disk, and what its zip may inflate to.
 */
import { InputError } from '../domain/input-error.ts';

export const fileLimits = {
  /** A studio's largest real export is a few MB; 50 MB is generous. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Total inflated size of a workbook's parts. */
  maxUncompressedBytes: 400 * 1024 * 1024,
  /** XML compresses 10–20×; a zip bomb, thousands of times. Applied to parts over 1 MB. */
  maxCompressionRatio: 200,
} as const;

/** The refusal of a file over the size limit; the size is rounded up, so it never reads as the limit. */
export function fileTooLarge(sizeBytes: number, file: string): InputError {
  const megabytes = (Math.ceil((sizeBytes / 1024 / 1024) * 10) / 10).toLocaleString('pt-BR', { minimumFractionDigits: 1 });
  return new InputError(`O arquivo tem ${megabytes} MB; o limite é ${fileLimits.maxFileBytes / 1024 / 1024} MB. Exporte um período menor.`, { file });
}
