/**
 * The studio a process works for (PULSO_STUDIO). It is created on first use with every default, so a
 * fresh install works; its settings are validated on every read, so a bad edit cannot slip through.
 */
import { eq } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';
import { studios } from './schema/index.ts';
import { defaultStudioSettings, studioSettingsSchema, type StudioSettings } from './studio-settings.ts';

export interface Studio {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  settings: StudioSettings;
}

export async function ensureStudio(db: PulsoDb, slug: string, defaults: { name: string; timeZone: string }): Promise<Studio> {
  await db
    .insert(studios)
    .values({ slug, name: defaults.name, timeZone: defaults.timeZone, settings: defaultStudioSettings() })
    .onConflictDoNothing({ target: studios.slug });
  const [row] = await db.select({ id: studios.id }).from(studios).where(eq(studios.slug, slug));
  if (!row) throw new Error(`studio ${slug} vanished right after being created`);
  return loadStudio(db, row.id);
}

/** The studio as stored now: long-running processes read it again, since settings change under them. */
export async function loadStudio(db: PulsoDb, studioId: number): Promise<Studio> {
  const [row] = await db.select().from(studios).where(eq(studios.id, studioId));
  if (!row) throw new Error(`studio ${studioId} not found`);
  return { id: row.id, slug: row.slug, name: row.name, timeZone: row.timeZone, settings: studioSettingsSchema.parse(row.settings) };
}

/** Validates and stores a studio's settings; a bad value throws before anything is written. */
export async function saveStudioSettings(db: PulsoDb, studioId: number, settings: StudioSettings, at: Date): Promise<StudioSettings> {
  const valid = studioSettingsSchema.parse(settings);
  await db.update(studios).set({ settings: valid, updatedAt: at }).where(eq(studios.id, studioId));
  return valid;
}
