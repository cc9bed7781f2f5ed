/**
 * A fresh PGlite database takes PostgreSQL's initdb, several seconds of wasm work. It is done once, at
 * `npm install`, into a tarball under node_modules/.cache; a new data folder is then loaded from it in
 * about a second. Without the tarball (install scripts skipped), PGlite simply runs initdb itself.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const nodeModules = new URL('../node_modules/', import.meta.url);

async function pgliteVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('@electric-sql/pglite/package.json', nodeModules), 'utf8')) as { version: string };
  return manifest.version;
}

/** The tarball's path; named after PGlite's version, so an upgrade never loads an old format. */
export async function embeddedTemplatePath(): Promise<string> {
  return fileURLToPath(new URL(`.cache/pulso/pglite-${await pgliteVersion()}.tar.gz`, nodeModules));
}

export async function readEmbeddedTemplate(): Promise<Blob | null> {
  const bytes = await readFile(await embeddedTemplatePath()).catch(() => null);
  return bytes ? new Blob([bytes]) : null;
}

/** Builds the tarball unless it exists; written to a temporary name first so a crash leaves none. */
export async function prepareEmbeddedTemplate(): Promise<{ path: string; created: boolean }> {
  const path = await embeddedTemplatePath();
  if (await readFile(path).then(() => true, () => false)) return { path, created: false };
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create();
  // gzip: PGlite 0.5's uncompressed dump never finishes.
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, path);
  return { path, created: true };
}
