import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerScores, studioMetrics } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import { writeDemo } from '../demo/write-demo.ts';
import { importFiles } from '../ingest/import-files.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { atRiskList } from './at-risk-list.ts';
import { atRiskOn } from './at-risk-today.ts';
import { computeDailySnapshot, runDailySnapshot, type DailySnapshot } from './daily-snapshot.ts';
import { loadStoredDay } from './queries/stored-scores.ts';
import { explainScore } from './score-clients.ts';
import type { RiskCategory } from './risk.ts';

const asOf = '2026-11-24';
const categoryOrder: RiskCategory[] = ['Baixo', 'Médio', 'Alto', 'Crítico'];

interface PlantedCase {
  playbook: string;
  clientCode: number;
  facts: Record<string, number | string | boolean>;
}

/**
 * The least category each planted case must reach from its own trigger alone, by DOMAIN.md's default
 * points (other rules may only add): blocked N days 40 + 3·N (max 60) + 10 with an overdue payment;
 * expired N days 35 + N; expiring in ≤ 7 days 20 plus pace < 30 % 25; pace < 30 % alone 25.
 */
function leastCategory(planted: PlantedCase): RiskCategory {
  const points = (() => {
    switch (planted.playbook) {
      case 'blocked-0-3-days':
      case 'blocked-4-7-days':
      case 'blocked-8-14-days':
      case 'blocked-15-plus-days':
        return Math.min(60, 40 + 3 * Number(planted.facts.daysBlocked)) + (planted.facts.hasOverduePayments ? 10 : 0);
      case 'expired-without-renewal':
        return Math.min(50, 35 + Number(planted.facts.daysSinceExpiry));
      case 'expires-within-7-days-low-use':
        return 20 + (Number(planted.facts.paceAtAsOf) < 0.3 ? 25 : 15);
      case 'usage-pace-below-40-percent':
        return Number(planted.facts.paceAtAsOf) < 0.3 ? 25 : 15;
      default:
        return 0;
    }
  })();
  return points >= 75 ? 'Crítico' : points >= 50 ? 'Alto' : points >= 25 ? 'Médio' : 'Baixo';
}

describeEachDriver('daily snapshot on the demo studio', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let directory: string;
  let planted: PlantedCase[];
  let snapshot: DailySnapshot;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    directory = await mkdtemp(join(tmpdir(), 'pulso-snapshot-'));
    planted = writeDemo(directory, { customers: 300, seed: 11, asOf }).manifest.plantedCases as unknown as PlantedCase[];
    const files = (await readdir(directory)).filter((name) => name.endsWith('.xlsx')).map((name) => join(directory, name));
    await importFiles(database.db, files, { studio, asOf: null, today: asOf, dryRun: false });
    snapshot = await runDailySnapshot(database.db, studio, asOf);
  });
  afterAll(async () => {
    await database.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('gives every planted case its playbook and at least the category its trigger implies', () => {
    expect(planted.length).toBeGreaterThanOrEqual(12);
    const byCode = new Map(snapshot.scores.map((score) => [score.code, score]));
    for (const plantedCase of planted) {
      const score = byCode.get(String(plantedCase.clientCode));
      expect(score, `client ${plantedCase.clientCode}`).toBeDefined();
      expect({ code: plantedCase.clientCode, playbook: score!.playbook }).toEqual({ code: plantedCase.clientCode, playbook: plantedCase.playbook });
      expect(categoryOrder.indexOf(score!.riskCategory), `category of ${plantedCase.clientCode} (${plantedCase.playbook})`).toBeGreaterThanOrEqual(categoryOrder.indexOf(leastCategory(plantedCase)));
      for (const point of score!.riskPoints) expect(point.reason).toMatch(/^[a-zà-ú]/);
    }
  });

  it('keeps out of the risk list the planted cases that are follow-ups, not risks', () => {
    const list = atRiskList(snapshot.scores, studio.settings.risk, asOf);
    const listed = new Set(list.items.map((score) => score.code));
    for (const plantedCase of planted.filter((c) => ['trial-without-plan', 'lead-silent', 'gympass-8-plus-presences', 'acceptance-pending-48h'].includes(c.playbook))) {
      expect(listed.has(String(plantedCase.clientCode)), `${plantedCase.playbook} ${plantedCase.clientCode}`).toBe(false);
    }
    for (const plantedCase of planted.filter((c) => c.playbook.startsWith('blocked-15'))) {
      expect(listed.has(String(plantedCase.clientCode))).toBe(true);
    }
    expect(list.items.every((score) => score.risk >= 50 && score.inBase)).toBe(true);
  });

  it('replaces a date when it is scored again, never duplicates it', async () => {
    await runDailySnapshot(database.db, studio, asOf);
    const [scores] = await database.db.select({ value: count() }).from(customerScores).where(and(eq(customerScores.studioId, studio.id), eq(customerScores.scoredOn, asOf)));
    const [metrics] = await database.db.select({ value: count() }).from(studioMetrics).where(eq(studioMetrics.studioId, studio.id));
    expect(scores?.value).toBe(snapshot.scores.length);
    expect(metrics?.value).toBe(1);
  });

  it('stores every score so that it explains itself again, reasons included', async () => {
    const stored = await loadStoredDay(database.db, studio.id, asOf);
    expect(stored).not.toBeNull();
    const explained = stored!.scores.map((score) => explainScore(score, stored!.medianMonthlyValueCents, stored!.scoringSettings));
    expect(explained).toEqual([...snapshot.scores].sort((a, b) => a.customerId - b.customerId));
  });

  it('lists who is at risk from the stored day as from the computed one', async () => {
    expect(await atRiskOn(database.db, studio, asOf)).toEqual(atRiskList(snapshot.scores, studio.settings.risk, asOf));
    expect(await atRiskOn(database.db, studio, asOf, 3)).toEqual(atRiskList(snapshot.scores, studio.settings.risk, asOf, 3));
  });

  it('computes the list of a day that was never scored, without storing it', async () => {
    const unscored = '2026-11-23';
    const computed = await computeDailySnapshot(database.db, studio, unscored);
    expect(await atRiskOn(database.db, studio, unscored)).toEqual(atRiskList(computed.scores, studio.settings.risk, unscored));
    expect(await loadStoredDay(database.db, studio.id, unscored)).toBeNull();
  });

  it('changes the result when the studio changes its thresholds', async () => {
    const strict = { ...studio.settings, risk: { ...studio.settings.risk, rules: { ...studio.settings.risk.rules, blockedBase: 10, blockedPerDay: 0, blockedOverdueExtra: 0 } } };
    const relaxed = await runDailySnapshot(database.db, { ...studio, settings: strict }, asOf);
    const blockedCode = String(planted.find((c) => c.playbook === 'blocked-0-3-days')!.clientCode);
    const before = snapshot.scores.find((score) => score.code === blockedCode)!;
    const after = relaxed.scores.find((score) => score.code === blockedCode)!;
    expect(after.riskPoints.find((point) => point.rule === 'blocked')?.points).toBe(10);
    expect(after.risk).toBeLessThan(before.risk);
  });
});

describe('the snapshot date', () => {
  it('is never read from the clock below the command line', async () => {
    const sources = await readdir(new URL('.', import.meta.url), { recursive: true });
    const offenders: string[] = [];
    for (const source of sources.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
      const text = await import('node:fs/promises').then((fs) => fs.readFile(new URL(source, import.meta.url), 'utf8'));
      if (/new Date\(\)|Date\.now\(\)/.test(text)) offenders.push(source);
    }
    expect(offenders).toEqual([]);
  });
});
