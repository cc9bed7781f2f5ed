/**
 * An outcome the staff records for a client, in chat ("contatei", "renovou", "sem resposta") or with
 * the dashboard's buttons: a contact fulfils the open task of the front desk's alert (so one
 * assignment stays one action in the playbook's save rate) or is a new call; a renewal or no answer
 * closes the client's latest open action, or is a new call already closed.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';
import { actions } from './schema/index.ts';

export const staffOutcomes = ['contacted', 'renewed', 'no_answer'] as const;
export type StaffOutcome = (typeof staffOutcomes)[number];

export interface StaffOutcomeRecord {
  studioId: number;
  customerId: number;
  /** The playbook the day's score suggested, for an action created here. */
  playbook: string | null;
  /** Null when no staff member can be named (a chat not linked to anyone). */
  staffId: number | null;
  outcome: StaffOutcome;
  at: Date;
}

/** Records the outcome; returns the id of the action it created or updated. */
export async function recordStaffOutcome(db: PulsoDb, { studioId, customerId, playbook, staffId, outcome, at }: StaffOutcomeRecord): Promise<number> {
  const ofClient = and(eq(actions.studioId, studioId), eq(actions.customerId, customerId), isNull(actions.outcome));
  if (outcome === 'contacted') {
    const [task] = await db.select({ id: actions.id }).from(actions).where(and(ofClient, eq(actions.kind, 'task'))).orderBy(desc(actions.actedAt)).limit(1);
    if (task) {
      await db.update(actions).set({ kind: 'call', staffId, actedAt: at }).where(eq(actions.id, task.id));
      return task.id;
    }
    const [created] = await db.insert(actions).values({ studioId, customerId, playbook, kind: 'call', staffId, actedAt: at }).returning({ id: actions.id });
    return created!.id;
  }
  const closing = { outcome, outcomeAt: at, outcomeSource: 'staff' as const };
  const [open] = await db.select({ id: actions.id }).from(actions).where(ofClient).orderBy(desc(actions.actedAt)).limit(1);
  if (open) {
    await db.update(actions).set(closing).where(eq(actions.id, open.id));
    return open.id;
  }
  const [created] = await db.insert(actions).values({ studioId, customerId, playbook, kind: 'call', staffId, actedAt: at, ...closing }).returning({ id: actions.id });
  return created!.id;
}
