/**
 * Runs once before all tests: builds a migrated PGlite database (from the embedded template that
 * `npm install` prepares) and saves it as a tarball, so each test loads a ready database in about a
 * second instead of initialising PostgreSQL-in-wasm and migrating it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { configFromEnvironment } from '../config.ts';
import { fromPglite } from '../db/pglite-database.ts';
import { prepareEmbeddedTemplate, readEmbeddedTemplate } from '../db/embedded-template.ts';
import { migrateDatabase } from '../db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const directory = await mkdtemp(join(tmpdir(), 'pulso-test-'));
  await prepareEmbeddedTemplate();
  const client = await PGlite.create({ loadDataDir: (await readEmbeddedTemplate()) ?? undefined });
  await migrateDatabase(fromPglite(client, 'memória'), { driver: 'pglite', dataDir: null });
  // gzip: PGlite 0.5's uncompressed dump never finishes.
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  const templatePath = join(directory, 'pglite-template.tar.gz');
  await writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));

  const postgresUrl = configFromEnvironment().database.url ?? null;
  if (!postgresUrl) {
    process.stderr.write('\n[pulso] DATABASE_URL não definida: os testes de PostgreSQL serão pulados (o CI sempre os executa).\n\n');
  }
  project.provide('pgliteTemplate', templatePath);
  project.provide('postgresUrl', postgresUrl);
  return () => rm(directory, { recursive: true, force: true });
}
