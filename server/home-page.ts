/** GET /: a plain pt-BR page saying what this Pulso holds and what to do next. */
import { readFileSync } from 'node:fs';
import { count, eq, and, isNull } from 'drizzle-orm';
import type { Request, Response } from 'express';
import type { Database } from '../db/database.ts';
import { customers, imports, staff } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';

const template = readFileSync(new URL('./pages/home.html', import.meta.url), 'utf8');
const driverNames = { pglite: 'PostgreSQL embutido (PGlite)', postgres: 'PostgreSQL' } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function homePageHandler(database: Database, studio: Studio) {
  return async (_request: Request, response: Response) => {
    const { db } = database;
    const [[customerCount], [importCount], [staffCount]] = await Promise.all([
      db.select({ value: count() }).from(customers).where(eq(customers.studioId, studio.id)),
      db.select({ value: count() }).from(imports).where(eq(imports.studioId, studio.id)),
      db.select({ value: count() }).from(staff).where(and(eq(staff.studioId, studio.id), isNull(staff.removedAt))),
    ]);
    const values: Record<string, string> = {
      studio: studio.name,
      driver: driverNames[database.driver],
      location: database.location,
      customers: String(customerCount?.value ?? 0),
      imports: String(importCount?.value ?? 0),
      staff: String(staffCount?.value ?? 0),
    };
    response.type('html').send(template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => escapeHtml(values[key] ?? '')));
  };
}
