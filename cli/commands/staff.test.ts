import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runPulso } from '../../test/cli.ts';
import { createPostgresDatabase, describeEachDriver } from '../../test/databases.ts';

describeEachDriver('pulso staff', (driver) => {
  let environment: Record<string, string>;
  let cleanUp: () => Promise<void>;
  beforeAll(async () => {
    if (driver === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'pulso-staff-'));
      environment = { PULSO_DATA_DIR: dataDir };
      cleanUp = () => rm(dataDir, { recursive: true, force: true });
    } else {
      const { url, drop } = await createPostgresDatabase();
      environment = { DATABASE_URL: url };
      cleanUp = drop;
    }
  });
  afterAll(() => cleanUp());

  const staffList = async () => {
    const result = await runPulso(['staff', 'list', '--json'], environment);
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { staff: { name: string; phone: string; role: string }[] }).staff;
  };

  it('rejects a malformed phone with exit 2, a pt-BR message, and stores nothing', async () => {
    const result = await runPulso(['staff', 'add', '--phone', '(11) 98765-432', '--role', 'owner', '--name', 'Ana'], environment);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Telefone inválido: "(11) 98765-432"');
    expect(result.stdout).toBe('');
    expect(await staffList()).toEqual([]);
  });

  it('rejects an unknown role with exit 2 and stores nothing', async () => {
    const result = await runPulso(['staff', 'add', '--phone', '(11) 98765-4321', '--role', 'chefe', '--name', 'Ana'], environment);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Papel inválido: "chefe"');
    expect(await staffList()).toEqual([]);
  });

  it('normalises every common form of a number to one identity', async () => {
    const added = await runPulso(['staff', 'add', '--phone', '(11) 98765-4321', '--role', 'dona', '--name', 'Ana Souza'], environment);
    expect(added.code).toBe(0);
    expect(added.stdout).toBe('Cadastrado: Ana Souza — +5511987654321 — dono(a)\n');

    const oldFormat = await runPulso(['staff', 'add', '--phone', '+55 11 8765-4321', '--role', 'secretary', '--name', 'Outra'], environment);
    expect(oldFormat.code).toBe(2);
    expect(oldFormat.stderr).toContain('+5511987654321 já está cadastrado');

    const second = await runPulso(['staff', 'add', '--phone', '21912345678', '--role', 'secretaria', '--name', 'Bia', '--json'], environment);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ name: 'Bia', phone: '+5521912345678', role: 'secretary' });

    expect(await staffList()).toEqual([
      expect.objectContaining({ name: 'Ana Souza', phone: '+5511987654321', role: 'owner' }),
      expect.objectContaining({ name: 'Bia', phone: '+5521912345678', role: 'secretary' }),
    ]);
  });

  it('removes by any form of the number, and says so when there is no one to remove', async () => {
    const removed = await runPulso(['staff', 'remove', '11 98765 4321'], environment);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Removido: Ana Souza');
    const again = await runPulso(['staff', 'remove', '11 98765 4321'], environment);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Nenhuma pessoa da equipe com o telefone +5511987654321');
    expect((await staffList()).map((member) => member.name)).toEqual(['Bia']);
  });

  it('exits 1 on wrong usage, in Portuguese', async () => {
    const result = await runPulso(['staff', 'add', '--phone', '11987654321'], environment);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('falta a opção obrigatória --role');
  });
});
