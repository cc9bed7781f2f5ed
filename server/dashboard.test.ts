import { readdir } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { actions, customers, staffRoles, type StaffRole } from '../db/schema/index.ts';
import { addStaff } from '../db/staff-directory.ts';
import { issueStaffToken } from '../db/staff-tokens.ts';
import { ensureStudio, type Studio } from '../db/studio.ts';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../test/databases.ts';
import { startAppServer } from '../test/app-server.ts';

const assets = (await readdir(new URL('./dashboard/assets/', import.meta.url), { recursive: true })).filter((name) => name.includes('.'));
const secrets = { studio: 'Estúdio Sigiloso', client: 'Carla Sigilosa', phone: '+5511987650001' };

describeEachDriver('dashboard pages and the front desk outcome route', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let base: string;
  let close: () => Promise<void>;
  const tokens = {} as Record<StaffRole, string>;
  const staffIds = {} as Record<StaffRole, number>;
  const clients: Record<string, number> = {};

  const record = (code: string, outcome: unknown, role?: StaffRole) =>
    fetch(`${base}/api/v1/customers/${code}/outcomes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}) },
      body: JSON.stringify({ outcome }),
    });
  const actionsOf = (code: string) => database.db.select().from(actions).where(eq(actions.customerId, clients[code]!)).orderBy(actions.id);

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await ensureStudio(database.db, 'principal', { name: secrets.studio, timeZone: 'America/Sao_Paulo' });
    for (const [index, code] of ['1002', '1003'].entries()) {
      const [row] = await database.db.insert(customers).values({ studioId: studio.id, code, name: index ? 'Bruno' : secrets.client, phone: secrets.phone }).returning({ id: customers.id });
      clients[code] = row!.id;
    }
    for (const [index, role] of staffRoles.entries()) {
      const member = await addStaff(database.db, studio.id, { phone: `+551199000000${index}`, role, name: `Pessoa ${role}` });
      staffIds[role] = member!.id;
      tokens[role] = (await issueStaffToken(database.db, studio.id, member!.id, null)).token;
    }
    ({ base, close } = await startAppServer(database, studio));
  }, 60_000);
  afterAll(async () => {
    await close?.();
    await database?.close();
  });

  it('serves the pages and their scripts with the security headers and without any of the studio data', async () => {
    const paths = ['/entrar', '/painel', ...assets.map((name) => `/painel/assets/${name}`)];
    expect(paths).toContain('/painel/assets/views/recepcao.js');
    for (const path of paths) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(path.endsWith('.js') ? /javascript/ : path.endsWith('.css') ? /text\/css/ : /text\/html/);
      const policy = response.headers.get('content-security-policy')!.split(';');
      for (const directive of ["script-src 'self'", "script-src-attr 'none'", "frame-ancestors 'none'", "connect-src 'self'", "object-src 'none'"]) expect(policy, path).toContain(directive);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-powered-by'), path).toBeNull();
      const body = await response.text();
      for (const secret of Object.values(secrets)) expect(body, `${path} holds ${secret}`).not.toContain(secret);
      expect(body, path).not.toMatch(/<script>|\son\w+=/);
    }
    expect((await fetch(`${base}/painel/assets/nao-existe.js`)).status).toBe(404);
    const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${tokens.marketing}` } });
    expect(await me.json()).toMatchObject({ role: 'marketing', studio: secrets.studio, playbookNames: { 'lead-silent': expect.any(String) } });
  });

  it('records the front desk outcomes into actions as the bot does, and refuses marketing', async () => {
    const [task] = await database.db.insert(actions).values({ studioId: studio.id, customerId: clients['1002']!, playbook: 'blocked-0-3-days', kind: 'task', actedAt: new Date('2026-11-24T11:00:00Z') }).returning();

    const contacted = await record('1002', 'contacted', 'secretary');
    expect(contacted.status).toBe(200);
    expect(await contacted.json()).toMatchObject({ code: '1002', outcome: 'contacted', actionId: task!.id });
    expect(await actionsOf('1002')).toEqual([expect.objectContaining({ id: task!.id, kind: 'call', staffId: staffIds.secretary, playbook: 'blocked-0-3-days', outcome: null })]);

    expect((await record('1002', 'renewed', 'manager')).status).toBe(200);
    expect(await actionsOf('1002')).toEqual([expect.objectContaining({ id: task!.id, outcome: 'renewed', outcomeSource: 'staff', outcomeAt: expect.any(Date) })]);

    expect((await record('1003', 'no_answer', 'owner')).status).toBe(200);
    expect(await actionsOf('1003')).toEqual([expect.objectContaining({ kind: 'call', staffId: staffIds.owner, outcome: 'no_answer', outcomeSource: 'staff', playbook: null })]);

    const refused = await record('1003', 'contacted', 'marketing');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/marketing/);
    expect((await record('1003', 'contacted')).status).toBe(401);
    const invalid = await record('1003', 'talvez', 'secretary');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: string }).error).toMatch(/^Conteúdo inválido: outcome/);
    expect((await record('9999', 'contacted', 'secretary')).status).toBe(404);
    expect(await database.db.select().from(actions).where(and(eq(actions.studioId, studio.id), eq(actions.customerId, clients['1003']!)))).toHaveLength(1);
  });
});
