/**
 * The dashboard in a real browser: headless Debian Chromium (playwright-core) over the app serving the
 * scored demo studio. The owner signs in by the token link, the secretary by a short code; each view
 * must draw its charts and show the very numbers the API answers for the same token. Without
 * /usr/bin/chromium (a developer machine) the suite is skipped and says so; CI installs it.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { desc, eq } from 'drizzle-orm';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailySnapshot } from '../analytics/daily-snapshot.ts';
import type { Driver } from '../db/database.ts';
import { outbox } from '../db/schema/index.ts';
import { addStaff } from '../db/staff-directory.ts';
import { issueStaffToken } from '../db/staff-tokens.ts';
import { ensureStudio } from '../db/studio.ts';
import { describeEachDriver, openTestDatabase, type TestDatabase } from '../test/databases.ts';
import { importDemo } from '../test/demo-studio.ts';
import { createApp } from './app.ts';

const chromiumPath = '/usr/bin/chromium';
const asOf = '2026-11-24';
const secretaryPhone = '+5511990000203';

/** The page's formats (format.js), written again here so that a wrong format shows as a difference. */
function shown(value: unknown, format: string): string {
  if (value === null || value === undefined) return '—';
  const number = value as number;
  if (format === 'dinheiro') return new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(number / 100);
  if (format === 'numero') return new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 }).format(number);
  if (format === 'percentual') return `${(number * 100).toFixed(1).replace('.', ',')} %`;
  if (format === 'duracao') {
    const minutes = Math.round(number / 60_000);
    if (minutes < 1) return `${Math.round(number / 1000)} s`;
    return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
  }
  throw new Error(`formato desconhecido: ${format}`);
}

/** Spaces as ICU writes them differ between Node and Chromium (U+00A0, U+202F): compare them as one. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

/** Every slot `[data-ATTRIBUTE]` under `scope` on the page: its key, its format and the text shown. */
async function slots(page: Page, scope: string, attribute: 'kpi' | 'campo') {
  return page.$$eval(`${scope} [data-${attribute}][data-formato]`, (nodes, name) => nodes.map((node) => ({ key: node.getAttribute(`data-${name}`)!, format: node.getAttribute('data-formato')!, text: node.textContent ?? '' })), attribute);
}

async function expectSlotsEqual(page: Page, scope: string, attribute: 'kpi' | 'campo', values: Record<string, unknown>) {
  const found = await slots(page, scope, attribute);
  expect(found.length, `${scope} slots`).toBeGreaterThan(0);
  for (const { key, format, text } of found) {
    expect(key in values, `${scope} ${key} comes from the API`).toBe(true);
    expect(spaced(text), `${scope} ${key}`).toBe(spaced(shown(values[key], format)));
  }
}

/**
 * Opens a view by its menu link and waits until its scripts mark it ready. The link is marked current
 * in the same task that puts the new view in place, so the ready view found after it is the new one.
 */
async function openView(page: Page, id: string) {
  await page.click(`#menu a[href="#${id}"]`);
  await page.waitForSelector(`#menu a[aria-current][href="#${id}"]`, { state: 'attached' });
  await page.waitForSelector('#conteudo > section[data-pronto="sim"]', { state: 'attached' });
  expect(await page.$$eval('#conteudo [data-erro]:not([hidden])', (nodes) => nodes.map((node) => node.textContent))).toEqual([]);
}

const drawn = (page: Page, name: string) =>
  page.$eval(`svg[data-grafico-desenhado="${name}"]`, (chart) => ({ rects: chart.querySelectorAll('rect').length, lines: chart.querySelectorAll('path, polyline').length }));

function browserSuite(driver: Driver) {
  let database: TestDatabase;
  let browser: Browser;
  let base: string;
  let ownerToken: string;
  let secretaryId: number;
  let close: () => Promise<void>;
  const pageErrors: string[] = [];

  const api = async (path: string, token: string) => {
    const response = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as any;
  };
  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  beforeAll(async () => {
    const launched = chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
    database = await openTestDatabase(driver);
    const studio = await ensureStudio(database.db, 'principal', { name: 'Estúdio de teste', timeZone: 'America/Sao_Paulo' });
    await importDemo(database.db, studio, { customers: 80, seed: 7, asOf }).then((demo) => demo.remove());
    await runDailySnapshot(database.db, studio, asOf);
    const owner = await addStaff(database.db, studio.id, { phone: '+5511990000201', role: 'owner', name: 'Ana Dona' });
    ownerToken = (await issueStaffToken(database.db, studio.id, owner!.id, 'painel')).token;
    secretaryId = (await addStaff(database.db, studio.id, { phone: secretaryPhone, role: 'secretary', name: 'Rita Recepção' }))!.id;
    const server = createApp({ database, studio, appVersion: 'test', logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); });
    browser = await launched;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await database?.close();
  });

  it('signs the owner in by the link and shows every view with its charts drawn and the API numbers', async () => {
    const page = await newPage();
    await page.goto(`${base}/entrar#token=${ownerToken}`);
    await page.waitForURL(`${base}/painel`);
    expect(await page.$$eval('#menu a', (links) => links.map((link) => link.textContent))).toEqual(['Resumo', 'Operação', 'Contatos de hoje', 'Bot e funil']);

    await openView(page, 'resumo');
    const [summary, briefing] = await Promise.all([api('/summary', ownerToken), api('/briefing', ownerToken)]);
    expect(summary.asOf).toBe(asOf);
    await expectSlotsEqual(page, '#conteudo', 'kpi', summary.metrics);
    const revenue = await drawn(page, 'receita');
    expect(revenue.rects, 'a bar per day, and the forecast band').toBe(briefing.revenueChart.days.length + (briefing.revenueChart.band ? 1 : 0));
    expect(revenue.lines, 'the 7-day average').toBe(1);

    await openView(page, 'operacao');
    const [risk, blocked, outcomes] = await Promise.all([api('/risk?limit=20', ownerToken), api('/blocked', ownerToken), api('/outreach/playbook-outcomes', ownerToken)]);
    expect(await page.$$eval('[data-linhas="risco"] tr', (rows) => rows.length)).toBe(risk.items.length);
    expect(await page.$$eval('[data-linhas="bloqueados"] tr', (rows) => rows.length)).toBe(blocked.items.length);
    await expectSlotsEqual(page, '#conteudo section:has([data-campo="totalMonthlyValueCents"]) > p', 'campo', blocked);
    await expectSlotsEqual(page, '#conteudo section:has([data-linhas="playbooks"]) > p', 'campo', outcomes.playbookOutcomes.total);

    await openView(page, 'recepcao');
    const today = await api('/risk', ownerToken);
    const cards = await page.$$eval('[data-linhas="contatos"] .cartao', (nodes) => nodes.map((node) => ({ code: node.querySelector('[data-campo="code"]')!.textContent, risk: node.querySelector('[data-campo="risk"]')!.textContent })));
    expect(cards).toEqual(today.items.map((item: { code: string; risk: number }) => ({ code: item.code, risk: shown(item.risk, 'numero') })));
    expect(cards.length).toBeGreaterThan(0);

    await openView(page, 'bot');
    const [funnel, bot] = await Promise.all([api('/funnel', ownerToken), api('/bot-performance', ownerToken)]);
    expect((await drawn(page, 'funil')).rects).toBe(Object.keys(funnel.stages).length);
    const { trialConversion: trial, gympassConversion: gympass } = funnel;
    await expectSlotsEqual(page, '[data-fonte="funnel"]', 'campo', {
      trialRate: trial.rate, trialConverted: trial.converted, trialStarted: trial.started, gympassRate: gympass.rate, gympassConverted: gympass.converted, gympassStarted: gympass.started,
    });
    await expectSlotsEqual(page, '[data-fonte="bot"]', 'campo', bot);
    expect(pageErrors).toEqual([]);
  }, 40_000);

  it('signs the secretary in by a short code, without the Resumo in her menu', async () => {
    const page = await newPage();
    await page.goto(`${base}/entrar`);
    await page.fill('#telefone', '(11) 99000-0203');
    await page.click('#formulario-telefone button[type="submit"]');
    await page.waitForSelector('#formulario-codigo:not([hidden])');
    const [sent] = await database.db.select().from(outbox).where(eq(outbox.staffId, secretaryId)).orderBy(desc(outbox.id)).limit(1);
    const code = /\b(\d{6})\b/.exec(sent!.payload.kind === 'text' ? sent!.payload.text : '')![1]!;
    await page.fill('#codigo', code);
    await page.click('#formulario-codigo button[type="submit"]');
    await page.waitForURL(`${base}/painel`);
    await page.waitForSelector('#conteudo > section[data-pronto="sim"]');
    expect(await page.$$eval('#menu a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(['#operacao', '#recepcao', '#bot']);
    expect(await page.$('[data-linhas="playbooks"]')).toBeNull();
    await openView(page, 'bot');
    expect((await drawn(page, 'funil')).rects).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  }, 40_000);
}

if (existsSync(chromiumPath)) describeEachDriver('dashboard in headless Chromium', browserSuite);
else describe.skip(`dashboard in headless Chromium [pulado: ${chromiumPath} ausente; apt-get install chromium]`, () => browserSuite('pglite'));
