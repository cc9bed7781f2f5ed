/**
 * The first names of everyone the studio knows (clients, leads, staff), folded: the name check refuses
 * any of them that a text mentions without it being in the facts.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type PulsoDb } from '../db/database.ts';
import { foldText } from '../domain/fold.ts';
import { firstName } from '../domain/person-name.ts';

export async function studioPeople(db: PulsoDb, studioId: number): Promise<Set<string>> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select name from customers where studio_id = ${studioId} and name is not null
        union select name from leads where studio_id = ${studioId} and name is not null
        union select name from staff where studio_id = ${studioId}`,
  );
  return new Set(rows.map((row) => foldText(firstName(row.name))).filter((name) => name.length > 1));
}
