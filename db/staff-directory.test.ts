import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import type { Studio } from './studio.ts';
import { addStaff, findStaffByPhone, listStaff, removeStaff } from './staff-directory.ts';

describeEachDriver('staff directory', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
  });
  afterAll(() => database.close());

  it('adds, refuses a second member with the same phone, removes, and allows the phone again', async () => {
    const ana = await addStaff(database.db, studio.id, { phone: '+5511987654321', name: 'Ana', role: 'owner' });
    expect(ana).toMatchObject({ phone: '+5511987654321', name: 'Ana', role: 'owner' });
    expect(await addStaff(database.db, studio.id, { phone: '+5511987654321', name: 'Bia', role: 'secretary' })).toBeNull();
    await addStaff(database.db, studio.id, { phone: '+5511912345678', name: 'Caio', role: 'manager' });
    expect((await listStaff(database.db, studio.id)).map((member) => member.name)).toEqual(['Ana', 'Caio']);

    const removed = await removeStaff(database.db, studio.id, '+5511987654321', new Date('2026-11-24T12:00:00Z'));
    expect(removed?.name).toBe('Ana');
    expect(await removeStaff(database.db, studio.id, '+5511987654321', new Date())).toBeNull();
    expect(await findStaffByPhone(database.db, studio.id, '+5511987654321')).toBeUndefined();

    const bia = await addStaff(database.db, studio.id, { phone: '+5511987654321', name: 'Bia', role: 'secretary' });
    expect(bia?.id).not.toBe(ana?.id);
    expect((await listStaff(database.db, studio.id)).map((member) => member.name)).toEqual(['Bia', 'Caio']);
  });

  it('keeps each studio to its own staff', async () => {
    const other = await openTestStudio(database, 'filial');
    await addStaff(database.db, other.id, { phone: '+5521987654321', name: 'Davi', role: 'owner' });
    expect((await listStaff(database.db, other.id)).map((member) => member.name)).toEqual(['Davi']);
    expect((await listStaff(database.db, studio.id)).map((member) => member.name)).not.toContain('Davi');
  });
});
