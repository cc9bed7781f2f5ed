import { eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { staffTokens } from '../../db/schema/index.ts';
import { tokenHash } from '../../db/staff-tokens.ts';
import { runPulso } from '../../test/cli.ts';
import { openCliDatabase, type CliDatabase } from '../../test/cli-database.ts';
import { describeEachDriver } from '../../test/databases.ts';

describeEachDriver('pulso staff token', (driver) => {
  let database: CliDatabase | undefined;
  afterEach(async () => database?.close());

  it('prints a token once with its dashboard sign-in link, keeps only its SHA-256 hash, and revokes it by id', async () => {
    database = await openCliDatabase(driver);
    expect((await runPulso(['staff', 'add', '--phone', '(11) 98765-4321', '--role', 'secretary', '--name', 'Bia'], database.environment)).code).toBe(0);
    const issued = await runPulso(['staff', 'token', '11987654321', '--label', 'painel', '--json'], { ...database.environment, PORT: '4321' });
    expect(issued.code, issued.stderr).toBe(0);
    const { token, tokenId, signInUrl } = JSON.parse(issued.stdout) as { token: string; tokenId: number; signInUrl: string };
    expect(signInUrl).toBe(`http://127.0.0.1:4321/entrar#token=${token}`);
    const rows = await database.use((db) => db.select().from(staffTokens).where(eq(staffTokens.id, tokenId)));
    expect(rows[0]).toMatchObject({ tokenHash: tokenHash(token), label: 'painel', revokedAt: null });
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await runPulso(['staff', 'token', '--revoke', String(tokenId)], database.environment)).code).toBe(0);
    const [revoked] = await database.use((db) => db.select().from(staffTokens).where(eq(staffTokens.id, tokenId)));
    expect(revoked!.revokedAt).not.toBeNull();
    const again = await runPulso(['staff', 'token', '--revoke', String(tokenId)], database.environment);
    expect(again.code).toBe(2);
    const printed = await runPulso(['staff', 'token', '11987654321'], { ...database.environment, PULSO_PUBLIC_URL: 'https://pulso.exemplo.com.br/' });
    expect(printed.stdout).toMatch(/^https:\/\/pulso\.exemplo\.com\.br\/entrar#token=pulso_\S+$/m);
  }, 60_000);
});
