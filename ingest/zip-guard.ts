/**
 * An .xlsx is a zip. Before SheetJS inflates it, every part is inflated once here, streaming and
 * counted: a part that declares one size and inflates to more, a total beyond the limit, an absurd
 * compression ratio or an encrypted entry stops the import, so SheetJS only ever sees bounded input.
 * Each part's CRC-32 is checked too: neither yauzl nor SheetJS checks it, and a damaged part often
 * inflates without error to different bytes (a digit changed in a value) that would be imported.
 */
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { InputError } from '../domain/input-error.ts';
import { fileLimits } from './file-limits.ts';

function openZip(bytes: Buffer): Promise<ZipFile> {
  return yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
}

/** Inflates one part and returns the CRC-32 of what it inflated to. */
function drain(zip: ZipFile, entry: Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'));
      let crc = 0;
      stream.on('data', (chunk: Buffer) => (crc = crc32(chunk, crc)));
      stream.on('end', () => resolve(crc));
      stream.on('error', reject);
    });
  });
}

function entries(zip: ZipFile): AsyncGenerator<Entry> {
  return (async function* () {
    for (;;) {
      const next = new Promise<Entry | null>((resolve, reject) => {
        zip.once('entry', resolve);
        zip.once('end', () => resolve(null));
        zip.once('error', reject);
      });
      zip.readEntry();
      const entry = await next;
      zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      if (!entry) return;
      yield entry;
    }
  })();
}

export async function guardZip(bytes: Buffer, file: string): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw new InputError('O arquivo está corrompido: não é um .xlsx válido (o conteúdo zip não pode ser lido). Exporte-o de novo do sistema.', { file });
  }
  try {
    let total = 0;
    for await (const entry of entries(zip)) {
      if (entry.isEncrypted()) throw new InputError('A planilha está protegida por senha. Exporte-a de novo sem senha.', { file });
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (total > fileLimits.maxUncompressedBytes || (entry.uncompressedSize > 1024 * 1024 && ratio > fileLimits.maxCompressionRatio)) {
        throw new InputError('O arquivo descompactado seria grande demais para uma planilha: recusado por segurança.', { file });
      }
      if ((await drain(zip, entry)) !== entry.crc32) {
        throw new InputError('O arquivo está corrompido: uma parte do .xlsx foi danificada (a soma de verificação não confere). Exporte-o de novo do sistema.', { file });
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('O arquivo está corrompido: uma parte do .xlsx não pode ser descompactada. Exporte-o de novo do sistema.', { file });
  } finally {
    zip.close();
  }
}
