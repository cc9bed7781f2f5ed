import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { outbox, staff, staffSignInCodes } from '../../db/schema/index.ts';
import { addStaff } from '../../db/staff-directory.ts';
import { ensureStudio, type Studio } from '../../db/studio.ts';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../../test/databases.ts';
import { startAppServer } from '../../test/app-server.ts';

describeEachDriver('signing in to the dashboard with a short code', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let base: string;
  let close: () => Promise<void>;
  const members: Record<string, number> = {};

  const post = (path: string, body: unknown) =>
    fetch(`${base}/api/v1/sign-in/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const codesSent = async (staffId: number) =>
    (await database.db.select().from(outbox).where(eq(outbox.staffId, staffId)).orderBy(outbox.id)).map((row) => ({ row, code: /\b(\d{6})\b/.exec(row.payload.kind === 'text' ? row.payload.text : '')?.[1] }));
  /** Asks for a code as a person would, with the phone written loosely, and reads it off the outbox. */
  async function requestCode(phone: string, staffId: number): Promise<string> {
    const asked = await post('code', { phone });
    expect(asked.status).toBe(202);
    return (await codesSent(staffId)).at(-1)!.code!;
  }
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await ensureStudio(database.db, 'principal', { name: 'Estúdio de teste', timeZone: 'America/Sao_Paulo' });
    for (const [index, name] of ['Ana', 'Bia', 'Caio', 'Duda'].entries()) {
      members[name] = (await addStaff(database.db, studio.id, { phone: `+551199000010${index}`, role: index ? 'secretary' : 'owner', name }))!.id;
    }
    await database.db.update(staff).set({ telegramChatId: '777' }).where(eq(staff.id, members.Bia!));
    ({ base, close } = await startAppServer(database, studio));
  }, 60_000);
  afterAll(async () => {
    await close?.();
    await database?.close();
  });

  it('queues the code through the outbox to the member, stores only its hash, and the right code gives a working token', async () => {
    const asked = await post('code', { phone: '(11) 99000-0100' });
    expect(asked.status).toBe(202);
    const [sent] = await codesSent(members.Ana!);
    expect(sent!.row).toMatchObject({ channel: 'whatsapp', recipient: '5511990000100@s.whatsapp.net', audience: 'staff', purpose: 'sign-in-code', status: 'pending' });
    expect(sent!.row.payload).toEqual({ kind: 'text', text: `Seu código para entrar no painel do Pulso: ${sent!.code}. Ele vale por 10 minutos. Se não foi você quem pediu, ignore esta mensagem.`, secret: true });
    const [stored] = await database.db.select().from(staffSignInCodes).where(eq(staffSignInCodes.staffId, members.Ana!));
    expect(sent!.row.idempotencyKey).toBe(`sign-in-code:${stored!.id}`);
    expect(stored!.codeHash).not.toContain(sent!.code);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeCloseTo(600_000, -4);

    const verified = await post('verify', { phone: '+55 11 99000-0100', code: sent!.code });
    expect(verified.status).toBe(200);
    const { token } = (await verified.json()) as { token: string };
    const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ name: 'Ana', role: 'owner' });
    expect((await post('verify', { phone: '+5511990000100', code: sent!.code })).status, 'a code works once').toBe(401);
  });

  it('sends to the Telegram chat linked to the member', async () => {
    await requestCode('+5511990000101', members.Bia!);
    expect((await codesSent(members.Bia!))[0]!.row).toMatchObject({ channel: 'telegram', recipient: '777' });
  });

  it('locks the code after 5 wrong answers, even for the right one', async () => {
    const code = await requestCode('+5511990000102', members.Caio!);
    for (let attempt = 0; attempt < 5; attempt++) {
      const refused = await post('verify', { phone: '+5511990000102', code: wrong(code) });
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: string }).error).toMatch(/^Código errado ou vencido/);
    }
    expect((await post('verify', { phone: '+5511990000102', code })).status).toBe(401);
    const [stored] = await database.db.select().from(staffSignInCodes).where(eq(staffSignInCodes.staffId, members.Caio!));
    expect(stored).toMatchObject({ attempts: 5, usedAt: null });
  });

  it('refuses an expired code', async () => {
    const code = await requestCode('+5511990000103', members.Duda!);
    await database.db.update(staffSignInCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(staffSignInCodes.staffId, members.Duda!));
    expect((await post('verify', { phone: '+5511990000103', code })).status).toBe(401);
  });

  it('answers an unknown or invalid phone exactly as a member and queues nothing', async () => {
    const before = await database.db.select().from(outbox);
    const known = await post('code', { phone: '+5511990000100' });
    for (const phone of ['+5511912345678', 'não é telefone']) {
      const unknown = await post('code', { phone });
      expect(unknown.status).toBe(known.status);
      expect(await unknown.json()).toEqual(await known.clone().json());
    }
    expect(await database.db.select().from(outbox)).toHaveLength(before.length + 1);
    expect((await post('verify', { phone: '+5511912345678', code: '123456' })).status).toBe(401);
    expect((await post('code', {})).status).toBe(400);
  });
});
