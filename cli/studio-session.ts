/**
 * What most commands need first: the database opened on the configured driver, migrated, and the
 * configured studio loaded; closed again whatever happens.
 */
import type { Config } from '../config.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureStudio, type Studio } from '../db/studio.ts';

export interface StudioSession {
  database: Database;
  studio: Studio;
}

export function databaseTarget(config: Config): DatabaseTarget {
  return config.database.url
    ? { driver: 'postgres', url: config.database.url }
    : { driver: 'pglite', dataDir: config.database.dataDir };
}

export async function openStudioSession(config: Config): Promise<StudioSession> {
  const target = databaseTarget(config);
  const database = await openDatabase(target);
  try {
    await migrateDatabase(database, target);
    const studio = await ensureStudio(database.db, config.studioSlug, { name: 'Meu estúdio', timeZone: config.timeZone });
    return { database, studio };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function withStudioSession<T>(config: Config, work: (session: StudioSession) => Promise<T>): Promise<T> {
  const session = await openStudioSession(config);
  try {
    return await work(session);
  } finally {
    await session.database.close();
  }
}
