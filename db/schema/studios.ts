/** A studio (or clinic). A franchise keeps many in one database; every business row names its studio. */
import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { StudioSettings } from '../studio-settings.ts';

export const studios = pgTable('studios', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** Stable identifier chosen by the operator (PULSO_STUDIO), e.g. "principal". */
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** IANA zone in which "today", quiet hours and schedules are computed. */
  timeZone: text('time_zone').notNull().default('America/Sao_Paulo'),
  /** Validated by studioSettingsSchema on every read and write. */
  settings: jsonb('settings').$type<StudioSettings>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
