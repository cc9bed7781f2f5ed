/**
 * PGlite is a single-process database: two processes opening the same folder would corrupt it. A lock
 * file holding the owner's pid turns that into a clear message, and a lock left by a dead process is
 * taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Another live process holds the folder; the message (pt-BR) says what to do. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

export interface DataDirLock {
  release(): Promise<void>;
}

const heldByThisProcess = new Set<string>();

export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = resolve(dataDir, 'pulso.lock');
  if (heldByThisProcess.has(path)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      heldByThisProcess.add(path);
      return {
        release: async () => {
          heldByThisProcess.delete(path);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      // Our own pid in the file means a previous life of this pid (a container restart), not us.
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) throw inUse(dataDir, owner);
      await rm(path, { force: true });
    }
  }
  throw new DataDirInUseError(`Não foi possível travar a pasta de dados ${dataDir}: outro processo a disputa.`);
}

function inUse(dataDir: string, owner: number): DataDirInUseError {
  return new DataDirInUseError(
    `O banco de dados embutido em ${dataDir} está em uso por outro processo do Pulso (pid ${owner}). ` +
      'Pare esse processo (Ctrl-C) ou use um servidor PostgreSQL com DATABASE_URL para rodar vários processos ao mesmo tempo.',
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
