/** The studio's staff: who may talk to Pulso as owner, manager, secretary or marketing. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { PulsoDb } from './database.ts';
import { staff, type StaffRole } from './schema/index.ts';

export interface StaffMember {
  id: number;
  phone: string;
  name: string;
  role: StaffRole;
  createdAt: Date;
}

const columns = { id: staff.id, phone: staff.phone, name: staff.name, role: staff.role, createdAt: staff.createdAt };

export async function listStaff(db: PulsoDb, studioId: number): Promise<StaffMember[]> {
  return db
    .select(columns)
    .from(staff)
    .where(and(eq(staff.studioId, studioId), isNull(staff.removedAt)))
    .orderBy(asc(staff.name));
}

export async function findStaffByPhone(db: PulsoDb, studioId: number, phone: string): Promise<StaffMember | undefined> {
  const [member] = await db
    .select(columns)
    .from(staff)
    .where(and(eq(staff.studioId, studioId), eq(staff.phone, phone), isNull(staff.removedAt)));
  return member;
}

/** Adds a member; returns null when that phone is already an active member (nothing is written). */
export async function addStaff(
  db: PulsoDb,
  studioId: number,
  member: { phone: string; name: string; role: StaffRole },
): Promise<StaffMember | null> {
  const [created] = await db
    .insert(staff)
    .values({ studioId, ...member })
    .onConflictDoNothing()
    .returning(columns);
  return created ?? null;
}

/** Removes access (soft: past conversations keep the name). Returns the member removed, if any. */
export async function removeStaff(db: PulsoDb, studioId: number, phone: string, at: Date): Promise<StaffMember | null> {
  const [removed] = await db
    .update(staff)
    .set({ removedAt: at })
    .where(and(eq(staff.studioId, studioId), eq(staff.phone, phone), isNull(staff.removedAt)))
    .returning(columns);
  return removed ?? null;
}
