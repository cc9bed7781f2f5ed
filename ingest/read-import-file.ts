/** Reads a file to import from disk, refusing what is too large before reading it into memory. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../domain/input-error.ts';
import { fileLimits, fileTooLarge } from './file-limits.ts';

export async function readImportFile(path: string): Promise<{ bytes: Buffer; fileName: string }> {
  const fileName = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError('Arquivo não encontrado.', { file: path });
  if (!info.isFile()) throw new InputError('Não é um arquivo: informe o caminho de uma planilha.', { file: path });
  if (info.size > fileLimits.maxFileBytes) throw fileTooLarge(info.size, fileName);
  return { bytes: await readFile(path), fileName };
}
