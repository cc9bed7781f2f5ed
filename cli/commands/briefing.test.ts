import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStudio } from '../../db/studio.ts';
import { revenueChartSize } from '../../narrate/charts/revenue-chart.ts';
import { openCliDatabase, type CliDatabase } from '../../test/cli-database.ts';
import { runPulso } from '../../test/cli.ts';
import { describeEachDriver } from '../../test/databases.ts';
import { importDemo } from '../../test/demo-studio.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../../test/fake-openai.ts';

const asOf = '2026-11-24';

describe('pulso briefing --as-of', () => {
  it('refuses an impossible date with exit 2', async () => {
    const result = await runPulso(['briefing', '--as-of', '2026-02-30'], { PULSO_DATA_DIR: join(tmpdir(), 'pulso-nunca-criado') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--as-of deve ser uma data no formato AAAA-MM-DD');
  });
});

describeEachDriver('pulso briefing', (driver) => {
  let cli: CliDatabase;
  let directory: string;
  let fake: FakeOpenAi;

  beforeAll(async () => {
    cli = await openCliDatabase(driver);
    directory = await mkdtemp(join(tmpdir(), 'pulso-briefing-'));
    await cli.use(async (db) => {
      const studio = await ensureStudio(db, 'principal', { name: 'Estúdio Movimento', timeZone: 'America/Sao_Paulo' });
      await (await importDemo(db, studio, { customers: 120, seed: 5, asOf })).remove();
    });
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake?.close();
    await cli?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('prints the template briefing without an LLM, and writes the chart', async () => {
    const chart = join(directory, 'receita.png');
    const result = await runPulso(['briefing', '--as-of', asOf, '--chart', chart], cli.environment);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Bom dia! Este é o resumo do Estúdio Movimento para terça-feira, 24\/11\/2026\.\n/);
    expect(result.stdout).toContain('*Em risco*');
    const image = PNG.sync.read(await readFile(chart));
    expect([image.width, image.height]).toEqual([revenueChartSize.width, revenueChartSize.height]);
  });

  it('--json prints one document with the LLM’s text when it passes the checks', async () => {
    fake.answer = (chat) => ({ content: (JSON.parse(chat.messages[1]!.content) as { rascunho: string }).rascunho.replace('Este é o resumo', 'Aqui vai o resumo') });
    const result = await runPulso(['briefing', '--as-of', asOf, '--json'], { ...cli.environment, OPENAI_BASE_URL: fake.baseUrl, PULSO_LLM_MODEL: 'modelo-local' });
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['asOf', 'facts', 'insights', 'text', 'source', 'checks']);
    expect(document).toMatchObject({ asOf, source: 'llm' });
    expect(document.text).toContain('Aqui vai o resumo do Estúdio Movimento');
    expect(fake.requests.at(-1)?.model).toBe('modelo-local');
  });
});
