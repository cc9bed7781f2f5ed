/** Reads a file to import from disk, refusing what is too large before reading it into memory. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../domain/input-error.ts';
import { fileLimits } from './file-limits.ts';

export async function readImportFile(path: string): Promise<{ bytes: Buffer; fileName: string }> {
  const fileName = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError('Arquivo não encontrado.', { file: path });
  if (!info.isFile()) throw new InputError('Não é um arquivo: informe o caminho de uma planilha.', { file: path });
  if (info.size > fileLimits.maxFileBytes) {
    const megabytes = (info.size / 1024 / 1024).toLocaleString('pt-BR', { maximumFractionDigits: 1 });
    throw new InputError(`O arquivo tem ${megabytes} MB; o limite é ${fileLimits.maxFileBytes / 1024 / 1024} MB. Exporte um período menor.`, { file: fileName });
  }
  return { bytes: await readFile(path), fileName };
}
