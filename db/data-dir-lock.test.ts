import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock.ts';

describe('data folder lock', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pulso-lock-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is held by one opener at a time and removed on release', async () => {
    const lock = await acquireDataDirLock(dataDir);
    expect(await readFile(join(dataDir, 'pulso.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await expect(acquireDataDirLock(dataDir)).rejects.toBeInstanceOf(DataDirInUseError);
    await lock.release();
    expect(existsSync(join(dataDir, 'pulso.lock'))).toBe(false);
    await (await acquireDataDirLock(dataDir)).release();
  });

  it('refuses a folder held by another live process, naming it', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    await once(other, 'spawn');
    try {
      await writeFile(join(dataDir, 'pulso.lock'), `${other.pid}\n`);
      await expect(acquireDataDirLock(dataDir)).rejects.toThrow(`em uso por outro processo do Pulso (pid ${other.pid})`);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died, or by a previous life of its own pid', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await once(dead, 'exit');
    await writeFile(join(dataDir, 'pulso.lock'), `${dead.pid}\n`);
    await (await acquireDataDirLock(dataDir)).release();

    await writeFile(join(dataDir, 'pulso.lock'), `${process.pid}\n`);
    const lock = await acquireDataDirLock(dataDir);
    expect(await readFile(join(dataDir, 'pulso.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });
});
