import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../domain/input-error.ts';
import { demoCommand } from './demo.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pulso-demo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(args: string[]): Promise<string> {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await demoCommand().exitOverride().parseAsync(args, { from: 'user' });
    return write.mock.calls.map(([chunk]) => String(chunk)).join('');
  } finally {
    write.mockRestore();
  }
}

describe('pulso demo', () => {
  it('writes the workbooks and the manifest, and says so in Portuguese', async () => {
    const out = join(scratch, 'a');
    const printed = await run(['--out', out, '--customers', '60', '--seed', '7', '--as-of', '2026-11-23']);
    expect(readdirSync(out).sort()).toEqual(['clientes.xlsx', 'frequencia.xlsx', 'funil_vendas.xlsx', 'funil_vendas_2026-11-16.xlsx', 'manifest.json']);
    expect(printed).toContain('Estúdio de demonstração gravado em');
    expect(printed).toContain('data-base 23/11/2026');
    expect(printed).toMatch(/clientes: 60 \(/);
    expect(printed).toMatch(/casos plantados: 25 em 12 playbooks/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { seed: number; customers: number };
    expect(manifest).toMatchObject({ seed: 7, customers: 60 });
  });

  it('writes byte-identical files when run twice with the same seed and as-of', async () => {
    const [a, b] = [join(scratch, 'b1'), join(scratch, 'b2')];
    await run(['--out', a, '--customers', '40', '--seed', '3', '--as-of', '2026-03-01']);
    await run(['--out', b, '--customers', '40', '--seed', '3', '--as-of', '2026-03-01']);
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name)))).toBe(true);
  });

  it.each([
    [['--customers', '10'], /--out/],
    [['--out', scratch, '--customers', '0'], /--customers deve ser um número inteiro de 1 a/],
    [['--out', scratch, '--customers', '12.5'], /--customers/],
    [['--out', scratch, '--customers', 'muitos'], /--customers/],
    [['--out', scratch, '--seed', '-3'], /--seed deve ser um número inteiro de 0 a/],
    [['--out', scratch, '--as-of', '2026-02-30'], /--as-of deve ser uma data no formato AAAA-MM-DD/],
    [['--out', scratch, '--as-of', '23/11/2026'], /--as-of/],
  ])('rejects %j with an InputError', async (args, message) => {
    const attempt = run(args);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(message);
  });
});
