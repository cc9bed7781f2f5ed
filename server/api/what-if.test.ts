import { afterAll, beforeAll, expect, it } from 'vitest';
import { saveStudioSettings } from '../../db/studio.ts';
import { openApiStudio, type ApiStudio } from '../../test/api-studio.ts';
import { describeEachDriver } from '../../test/databases.ts';

describeEachDriver('what-if over /api/v1', (driver) => {
  let setup: ApiStudio;
  const post = (path: string, role: 'owner' | 'secretary', body: unknown) =>
    fetch(`${setup.api}${path}`, { method: 'POST', headers: { authorization: `Bearer ${setup.tokens[role]}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    setup = await openApiStudio(driver, { customers: 120, seed: 7, asOf: '2026-11-24' }, ['owner', 'secretary']);
  }, 120_000);
  afterAll(() => setup?.close());

  it('answers forward and inverse questions for the owner, logs each as a scenario, and refuses the front desk', async () => {
    const forward = await post('/what-if/forward', 'owner', { changes: { renewal: 5 }, months: 2 });
    expect(forward.status).toBe(200);
    const forwardAnswer = (await forward.json()) as { scenarioId: number; answer: { months: { month: string; revenueCents: number }[] } };
    expect(forwardAnswer.answer.months.map((month) => month.month)).toEqual(['2026-12-01', '2027-01-01']);

    const inverse = await post('/what-if/inverse', 'owner', { targetCents: forwardAnswer.answer.months[0]!.revenueCents, month: '2026-12' });
    expect(inverse.status).toBe(200);
    const inverseAnswer = (await inverse.json()) as { scenarioId: number; answer: { status: string } };
    expect(inverseAnswer.scenarioId).toBeGreaterThan(forwardAnswer.scenarioId);

    const listed = (await (await fetch(`${setup.api}/what-if/scenarios`, { headers: { authorization: `Bearer ${setup.tokens.owner}` } })).json()) as { scenarios: { id: number; kind: string }[] };
    expect(listed.scenarios.map((scenario) => scenario.kind)).toEqual(['inverse', 'forward']);

    expect((await post('/what-if/forward', 'secretary', { changes: { renewal: 5 } })).status).toBe(403);
    const invalid = await post('/what-if/inverse', 'owner', { targetCents: -1, month: 'março' });
    expect(invalid.status).toBe(400);
  });

  it('searches within the studio’s own lever limits, which a request may override', async () => {
    const settings = { ...setup.studio.settings, whatIf: { bounds: { renewal: 0, ticket: 0, newClients: 2, upsell: 0 }, costWeights: { newClients: 4 } } };
    await saveStudioSettings(setup.database.db, setup.studio.id, settings, new Date('2026-11-24T12:00:00Z'));
    const inverse = await post('/what-if/inverse', 'owner', { targetCents: 100_000_000, month: '2026-12', bounds: { newClients: 3 } });
    const { answer } = (await inverse.json()) as { answer: { status: string; bounds: Record<string, number>; weights: Record<string, number> } };
    expect(answer.status).toBe('infeasible');
    expect(answer.bounds).toMatchObject({ renewal: 0, ticket: 0, newClients: 3, upsell: 0 });
    expect(answer.weights).toMatchObject({ newClients: 4, renewal: 3 });
  });
});
