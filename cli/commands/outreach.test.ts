import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/database.ts';
import { addStaff } from '../../db/staff-directory.ts';
import { ensureStudio } from '../../db/studio.ts';
import { openCliDatabase, type CliDatabase } from '../../test/cli-database.ts';
import { runPulso } from '../../test/cli.ts';
import { describeEachDriver } from '../../test/databases.ts';
import { importDemo } from '../../test/demo-studio.ts';

const asOf = '2026-11-24';
/** A Tuesday, 08:00 in São Paulo. */
const tuesdayAt8 = '2026-11-24T08:00:00-03:00';

interface OutreachJson {
  now: string;
  messages: { playbook: string; audience: string; to: string | null; status: string; reason: string | null; text: string; facts?: { facts: { key: string; value: unknown }[] } }[];
}
interface ScoreJson {
  metrics: Record<string, number>;
}

describe('pulso outreach --now', () => {
  it('refuses an instant without a time zone, with exit 2', async () => {
    const result = await runPulso(['outreach', '--now', '2026-11-24 08:00', '--dry-run'], { PULSO_DATA_DIR: '/nonexistent/pulso' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--now deve ser um instante ISO-8601 com fuso');
  });
});

describeEachDriver('pulso outreach and pulso playbooks', (driver) => {
  let cli: CliDatabase;
  let planted: { playbook: string; clientCode: string; clientName: string }[];
  const count = (table: string) => cli.use(async (db) => Number((await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n));

  beforeAll(async () => {
    cli = await openCliDatabase(driver);
    await cli.use(async (db) => {
      const studio = await ensureStudio(db, 'principal', { name: 'Estúdio Movimento', timeZone: 'America/Sao_Paulo' });
      const demo = await importDemo(db, studio, { customers: 120, seed: 5, asOf });
      planted = demo.plantedCases as typeof planted;
      await demo.remove();
      await addStaff(db, studio.id, { phone: '+5511987654321', name: 'Marina Costa', role: 'owner' });
      await addStaff(db, studio.id, { phone: '+5511987651111', name: 'Júlia Ramos', role: 'secretary' });
    });
  });
  afterAll(() => cli?.close());

  it('--dry-run --json on a weekday 08:00: the owner’s briefing with the numbers of pulso score, the front desk’s alert with every planted client, and nothing written', async () => {
    const result = await runPulso(['outreach', '--now', tuesdayAt8, '--dry-run', '--json'], cli.environment);
    expect(result.code, result.stderr).toBe(0);
    const round = JSON.parse(result.stdout) as OutreachJson;
    expect(round.now).toBe('2026-11-24T11:00:00.000Z');
    expect(await count('outbox')).toBe(0);
    expect(await count('studio_metrics')).toBe(0);
    expect(await count('actions')).toBe(0);

    const alert = round.messages.filter((message) => message.playbook === 'front-desk-alert');
    expect(alert.length).toBeGreaterThan(0);
    expect(alert.every((message) => message.audience === 'staff' && message.status === 'would_send' && message.to === '5511****1111')).toBe(true);
    const alertText = alert.map((message) => message.text).join('\n');
    expect(alertText).toMatch(/^Bom dia, Júlia! \*Contatos de hoje\* \(terça-feira, 24\/11\/2026\)/);
    expect(new Set(planted.map((client) => client.playbook)).size).toBe(12);
    for (const client of planted) expect(alertText, `${client.playbook}: ${client.clientName}`).toContain(client.clientName);

    // Automated client messages are off by default: reported, not queued.
    const automated = round.messages.filter((message) => message.audience === 'client');
    expect(automated.length).toBeGreaterThan(0);
    expect(automated.every((message) => message.status === 'skipped' && message.reason === 'playbook-disabled')).toBe(true);

    const briefing = round.messages.filter((message) => message.playbook === 'owner-briefing');
    expect(briefing.map((message) => [message.to, message.status])).toEqual([['5511****4321', 'would_send'], ['5511****4321', 'would_send']]);
    const facts = new Map(briefing[0]!.facts!.facts.map((fact) => [fact.key, fact.value]));
    const today = JSON.parse((await runPulso(['score', '--as-of', asOf, '--json'], cli.environment)).stdout) as ScoreJson;
    const yesterday = JSON.parse((await runPulso(['score', '--as-of', '2026-11-23', '--json'], cli.environment)).stdout) as ScoreJson;
    expect(facts.get('activeMrr')).toBe(today.metrics.activeMrrCents);
    expect(facts.get('active')).toBe(today.metrics.activeCustomers);
    expect(facts.get('blocked')).toBe(today.metrics.blockedCustomers);
    expect(facts.get('expiring')).toBe(today.metrics.expiringIn7Days);
    expect(facts.get('atRisk')).toBe((today.metrics.details as unknown as { atRiskCustomers: number }).atRiskCustomers);
    expect(facts.get('newCustomers')).toBe(yesterday.metrics.newCustomers);
    expect(facts.get('revenueAtRisk')).toBe(today.metrics.revenueAtRiskCents);
    expect(facts.get('revenueYesterday')).toBe(yesterday.metrics.revenueDayCents);
    expect(facts.get('revenueMonthToDate')).toBe(yesterday.metrics.revenueMonthToDateCents);
    expect(briefing[0]!.text).toContain(`MRR ativo: R$`);
  });

  it('queues each message once however often it runs, and leaves WhatsApp messages to the process that holds the session', async () => {
    const first = JSON.parse((await runPulso(['outreach', '--now', tuesdayAt8, '--json'], cli.environment)).stdout) as OutreachJson;
    const staffMessages = first.messages.filter((message) => message.audience === 'staff');
    expect(staffMessages.every((message) => message.status === 'deferred' && message.reason === 'whatsapp-not-connected-here')).toBe(true);
    const queued = await count('outbox');
    const tasks = await count('actions');
    expect(queued).toBe(staffMessages.length);
    expect(tasks).toBeGreaterThanOrEqual(planted.filter((client) => !['expires-within-15-days', 'acceptance-pending-48h', 'trial-without-plan', 'lead-silent'].includes(client.playbook)).length);
    const again = await runPulso(['outreach', '--now', '2026-11-24T08:05:00-03:00', '--json'], cli.environment);
    expect(again.code, again.stderr).toBe(0);
    const repeated = (JSON.parse(again.stdout) as OutreachJson).messages.filter((message) => message.audience === 'staff');
    const alertTexts = (messages: OutreachJson['messages']) => messages.filter((message) => message.playbook === 'front-desk-alert').map((message) => message.text);
    expect(alertTexts(repeated)).toEqual(alertTexts(staffMessages));
    expect(repeated.filter((message) => message.playbook === 'owner-briefing').map((message) => message.text)).toEqual([staffMessages.find((message) => message.playbook === 'owner-briefing')!.text]);
    expect(repeated.every((message) => message.status === 'deferred')).toBe(true);
    expect(await count('outbox')).toBe(queued);
    expect(await count('actions')).toBe(tasks);
  });

  it('lists the playbooks, enables one, and refuses unknown and staff-only names with exit 2', async () => {
    const listed = JSON.parse((await runPulso(['playbooks', 'list', '--json'], cli.environment)).stdout) as { playbooks: { name: string; audience: string; enabled: boolean }[] };
    expect(listed.playbooks).toHaveLength(12);
    expect(listed.playbooks.filter((playbook) => playbook.audience === 'client').map((playbook) => [playbook.name, playbook.enabled])).toEqual([
      ['expires-within-15-days', false], ['acceptance-pending-48h', false], ['trial-without-plan', false], ['lead-silent', false],
    ]);
    expect((await runPulso(['playbooks', 'enable', 'trial-without-plan'], cli.environment)).code).toBe(0);
    const after = JSON.parse((await runPulso(['playbooks', 'list', '--json'], cli.environment)).stdout) as typeof listed;
    expect(after.playbooks.find((playbook) => playbook.name === 'trial-without-plan')!.enabled).toBe(true);
    const unknown = await runPulso(['playbooks', 'enable', 'mandar-para-todos'], cli.environment);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('Playbook desconhecido: "mandar-para-todos"')]);
    const staffOnly = await runPulso(['playbooks', 'disable', 'blocked-0-3-days'], cli.environment);
    expect([staffOnly.code, staffOnly.stderr]).toEqual([2, expect.stringContaining('é uma tarefa da equipe')]);
    expect((await runPulso(['playbooks', 'disable', '--all'], cli.environment)).code).toBe(0);
  });
});
