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
  const [row] = await db.select().from(studios).where(eq(studios.slug, slug));
  if (!row) throw new Error(`studio ${slug} vanished right after being created`);
  return { id: row.id, slug: row.slug, name: row.name, timeZone: row.timeZone, settings: studioSettingsSchema.parse(row.settings) };
}
