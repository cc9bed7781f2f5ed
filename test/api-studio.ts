/**
 * A scored demo studio behind the real app, with an API token for each role asked for: how the API's
 * end-to-end tests start. `close` stops the server and drops the database.
 */
import { runDailySnapshot } from '../analytics/daily-snapshot.ts';
import type { Driver } from '../db/database.ts';
import type { StaffRole } from '../db/schema/index.ts';
import { addStaff } from '../db/staff-directory.ts';
import { issueStaffToken } from '../db/staff-tokens.ts';
import type { Studio } from '../db/studio.ts';
import { startAppServer } from './app-server.ts';
import { openTestDatabase, openTestStudio, type TestDatabase } from './databases.ts';
import { importDemo } from './demo-studio.ts';

export interface ApiStudio {
  database: TestDatabase;
  studio: Studio;
  /** http://127.0.0.1:PORT/api/v1 */
  api: string;
  tokens: Partial<Record<StaffRole, string>>;
  close(): Promise<void>;
}

export async function openApiStudio(driver: Driver, demo: { customers: number; seed: number; asOf: string }, roles: readonly StaffRole[]): Promise<ApiStudio> {
  const database = await openTestDatabase(driver);
  const studio = await openTestStudio(database);
  await (await importDemo(database.db, studio, demo)).remove();
  await runDailySnapshot(database.db, studio, demo.asOf);
  const tokens: ApiStudio['tokens'] = {};
  for (const [index, role] of roles.entries()) {
    const member = await addStaff(database.db, studio.id, { phone: `+55119900000${10 + index}`, role, name: `Pessoa ${role}` });
    tokens[role] = (await issueStaffToken(database.db, studio.id, member!.id, null)).token;
  }
  const app = await startAppServer(database, studio);
  return {
    database, studio, tokens, api: `${app.base}/api/v1`,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
