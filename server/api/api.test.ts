import type { AddressInfo } from 'node:net';
import { and, eq, getTableColumns, isNotNull, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { queryRows, type PulsoDb } from '../../db/database.ts';
import { auditLog, customers, staffRoles, staffTokens, type StaffRole } from '../../db/schema/index.ts';
import { addStaff } from '../../db/staff-directory.ts';
import { issueStaffToken } from '../../db/staff-tokens.ts';
import { ensureStudio, type Studio } from '../../db/studio.ts';
import { generateDemo } from '../../demo/write-demo.ts';
import { runPulso } from '../../test/cli.ts';
import { openCliDatabase, type CliDatabase } from '../../test/cli-database.ts';
import { describeEachDriver } from '../../test/databases.ts';
import { importDemo } from '../../test/demo-studio.ts';
import { tableChecksums } from '../../test/table-checksums.ts';
import { createApp } from '../app.ts';
import { apiRoutes, publicApiPaths } from './api-router.ts';
import { listAsCsv, listAsXlsx } from './list-export.ts';

const asOf = '2026-11-24';
const phones: Record<StaffRole, string> = { owner: '+5511990000001', manager: '+5511990000002', secretary: '+5511990000003', marketing: '+5511990000004' };

/** A fetch response whose JSON the tests read freely. */
type ApiResponse = Omit<Response, 'json'> & { json(): Promise<any> };

interface Api {
  get(path: string, role?: StaffRole): Promise<ApiResponse>;
  /** A FormData body goes as multipart; anything else as JSON. */
  send(method: string, path: string, role?: StaffRole, body?: unknown): Promise<ApiResponse>;
}

/** The express app over `db`, listening on a free port for the duration of `work`. */
async function withApi<T>(db: PulsoDb, studio: Studio, tokens: Record<StaffRole, string>, work: (api: Api, db: PulsoDb) => Promise<T>): Promise<T> {
  const database = { db, driver: 'pglite' as const, location: 'teste', executeSql: () => Promise.reject(new Error('unused')), close: async () => undefined };
  const app = createApp({ database, studio, appVersion: 'test', logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  const send = (method: string, path: string, role?: StaffRole, body?: unknown): Promise<ApiResponse> =>
    fetch(`${base}${path}`, {
      method,
      headers: { ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}), ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
    });
  try {
    return await work({ get: (path, role) => send('GET', path, role), send }, db);
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

/** Every route the express router holds under /api/v1: method and path, walked from the router stack. */
function routerRoutes(): { method: string; path: string }[] {
  const app = createApp({ database: { db: {} as PulsoDb, driver: 'pglite', location: '', executeSql: () => Promise.reject(new Error('unused')), close: async () => undefined }, studio: { id: 1 } as Studio, appVersion: 'test', logger: pino({ level: 'silent' }) });
  type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] }; matchers?: unknown[] };
  const layers = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  const api = layers.flatMap((layer) => layer.handle?.stack ?? []).filter((layer) => layer.route);
  return api.flatMap((layer) => Object.keys(layer.route!.methods).map((method) => ({ method, path: layer.route!.path })));
}

describeEachDriver('HTTP API /api/v1', (driver) => {
  let database: CliDatabase;
  let studio: Studio;
  const tokens = {} as Record<StaffRole, string>;
  const use = <T>(work: (api: Api, db: PulsoDb) => Promise<T>) => database.use((db) => withApi(db, studio, tokens, work));

  beforeAll(async () => {
    database = await openCliDatabase(driver);
    await database.use(async (db) => {
      studio = await ensureStudio(db, 'principal', { name: 'Estúdio de teste', timeZone: 'America/Sao_Paulo' });
      await importDemo(db, studio, { customers: 120, seed: 7, asOf }).then((demo) => demo.remove());
      for (const role of staffRoles) {
        const member = await addStaff(db, studio.id, { phone: phones[role], role, name: `Pessoa ${role}` });
        tokens[role] = (await issueStaffToken(db, studio.id, member!.id, null)).token;
      }
    });
  }, 180_000);
  afterAll(async () => database?.close());

  it('numbers equal those of `pulso score --json` for the demo studio', async () => {
    const scored = await runPulso(['score', '--as-of', asOf, '--json'], database.environment);
    expect(scored.code, scored.stderr).toBe(0);
    const expected = JSON.parse(scored.stdout) as { asOf: string; clientsScored: number; metrics: Record<string, unknown> };
    await use(async (api) => {
      const summary = await (await api.get(`/summary?asOf=${asOf}`, 'owner')).json();
      expect(summary).toEqual(expected);
      const latest = await (await api.get('/summary', 'manager')).json();
      expect(latest.asOf).toBe(asOf);
      const models = (expected.metrics.details as { models: Record<string, unknown> }).models;
      expect((await (await api.get('/forecast', 'owner')).json()).forecast).toEqual(models.forecast);
      expect((await (await api.get('/cohorts', 'owner')).json()).items).toEqual(models.cohorts);
    });
    const risk = await runPulso(['risk', '--as-of', asOf, '--json'], database.environment);
    await use(async (api) => expect(await (await api.get(`/risk?asOf=${asOf}`, 'secretary')).json()).toEqual(JSON.parse(risk.stdout)));
  }, 180_000);

  it("gives the dashboard the briefing's insights and revenue chart, and who the token's holder is", async () => {
    await use(async (api) => {
      const briefing = await (await api.get(`/briefing?asOf=${asOf}`, 'manager')).json();
      expect(briefing.asOf).toBe(asOf);
      expect(briefing.revenueChart.days).toHaveLength(90);
      expect(briefing.revenueChart.days.at(-1).date).toBe('2026-11-23');
      expect(briefing.revenueChart.movingAverage).toHaveLength(90);
      for (const insight of briefing.insights) expect(insight.text).toMatch(/\p{L}/u);
      expect(await (await api.get('/me', 'secretary')).json()).toMatchObject({ name: 'Pessoa secretary', role: 'secretary' });
    });
  }, 60_000);

  it('answers 401 without a valid token and 403 to each role not allowed, on every route of the router', async () => {
    const routes = routerRoutes();
    expect(routes.length).toBeGreaterThan(20);
    expect(publicApiPaths, 'only the documentation and signing in are public').toEqual(['/openapi.json', '/reference', '/sign-in/code', '/sign-in/verify']);
    expect(routes.filter(({ path }) => (publicApiPaths as readonly string[]).includes(path)).map(({ path }) => path)).toEqual([...publicApiPaths]);
    await use(async (api) => {
      for (const { method, path } of routes) {
        const concrete = path.replace(/:(\w+)/g, '1002');
        if ((publicApiPaths as readonly string[]).includes(path)) {
          // The documentation answers; a sign-in step without its body is refused for the body, not for a token.
          expect((await api.send(method.toUpperCase(), concrete)).status, path).toBe(method === 'get' ? 200 : 400);
          continue;
        }
        const definition = apiRoutes.find((route) => route.method === method && route.path === path);
        expect(definition, `${method} ${path} has a definition with its roles`).toBeDefined();
        const anonymous = await api.send(method.toUpperCase(), concrete);
        expect(anonymous.status, `${method} ${path}`).toBe(401);
        expect((await anonymous.json()).error).toMatch(/Bearer/);
        expect((await fetch(anonymous.url, { method: method.toUpperCase(), headers: { authorization: 'Bearer pulso_nao-existe' } })).status).toBe(401);
        for (const role of staffRoles.filter((role) => !definition!.roles.includes(role))) {
          const refused = await api.send(method.toUpperCase(), concrete, role);
          expect(refused.status, `${role} ${method} ${path}`).toBe(403);
        }
      }
      expect(apiRoutes.find((route) => route.method === 'delete')!.roles).toEqual(['owner']);
      const bad = await api.get('/risk?limit=zero', 'owner');
      expect(bad.status).toBe(400);
      expect((await bad.json()).error).toMatch(/^Parâmetro inválido: limit/);
      const openapi = await (await api.get('/openapi.json')).json();
      expect(Object.keys(openapi.paths)).toContain('/customers/{code}');
      expect(openapi.paths['/sign-in/verify'].post).toMatchObject({ security: [], requestBody: { content: { 'application/json': { schema: { required: ['phone', 'code'] } } } } });
      expect(openapi.paths['/risk'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['asOf', 'limit', 'format']);
    });
  }, 120_000);

  it('masks contacts per role and audits every read of personal data', async () => {
    await use(async (api, db) => {
      const [client] = await db.select().from(customers).where(and(eq(customers.studioId, studio.id), isNotNull(customers.phone), isNotNull(customers.email))).limit(1);
      const before = await db.select().from(auditLog).where(eq(auditLog.subject, client!.code));
      const card = async (role: StaffRole) => (await (await api.get(`/customers/${client!.code}`, role)).json()).contact;
      expect(await card('owner')).toEqual({ name: client!.name, phone: client!.phone, email: client!.email });
      expect(await card('manager')).toMatchObject({ phone: client!.phone, email: expect.stringMatching(/^.\*\*\*\*@/) });
      const secretary = await card('secretary');
      expect(secretary.phone).toMatch(/^\d{4}\*\*\*\*\d{4}$/);
      expect(secretary.email).not.toBe(client!.email);
      expect((await api.get(`/customers/${client!.code}`, 'marketing')).status).toBe(403);
      const after = await db.select().from(auditLog).where(and(eq(auditLog.subject, client!.code), eq(auditLog.action, 'read-personal-data')));
      expect(after.length - before.length).toBe(3);
    });
  }, 60_000);

  it('exports lists as CSV and XLSX with formulas neutralised', async () => {
    expect(listAsCsv([{ name: '=HYPERLINK("http://x")', note: '+1', at: '@SUM(A1)', ok: 'Ana', minus: '-2', tab: '\tx' }])).toBe(
      '\uFEFFname;note;at;ok;minus;tab\r\n"\'=HYPERLINK(""http://x"")";\'+1;\'@SUM(A1);Ana;\'-2;\'\tx\r\n',
    );
    await use(async (api, db) => {
      const [blocked] = await queryRows<{ id: number }>(db, sql`select customer_id as id from customer_scores where studio_id = ${studio.id} and scored_on = ${asOf} and blocked limit 1`);
      await db.update(customers).set({ name: '=CMD("calc")' }).where(eq(customers.id, blocked!.id));
      const csv = await api.get(`/blocked?asOf=${asOf}&format=csv`, 'secretary');
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(await csv.text()).toContain(`"'=CMD(""calc"")"`);
      const xlsx = await api.get(`/blocked?asOf=${asOf}&format=xlsx`, 'secretary');
      const sheet = XLSX.read(Buffer.from(await xlsx.arrayBuffer())).Sheets.Pulso!;
      const names = XLSX.utils.sheet_to_json<{ name: string }>(sheet).map((row) => row.name);
      expect(names).toContain(`'=CMD("calc")`);
      expect(XLSX.read(listAsXlsx([{ a: '-1' }])).Sheets.Pulso!.A2.v).toBe("'-1");
    });
  }, 60_000);

  it("refuses an uploaded corrupted workbook with 422 and the importer's pt-BR message, changing nothing", async () => {
    const workbook = generateDemo({ customers: 20, seed: 7, asOf }).files.find((file) => file.name === 'clientes.xlsx')!.bytes;
    const form = new FormData();
    form.append('arquivos', new Blob([Buffer.from(workbook).subarray(0, Math.floor(workbook.length / 2))]), 'clientes.xlsx');
    /** Every table as it is, but for the tokens' last use, which authenticating the upload itself records. */
    const fingerprint = async (db: PulsoDb) => {
      const { staff_tokens: _lastUsed, ...tables } = await tableChecksums(db);
      const { lastUsedAt: _, ...tokenColumns } = getTableColumns(staffTokens);
      return { tables, tokens: await db.select(tokenColumns).from(staffTokens).orderBy(staffTokens.id) };
    };
    await use(async (api, db) => {
      const before = await fingerprint(db);
      const refused = await api.send('POST', '/imports', 'owner', form);
      expect(refused.status).toBe(422);
      const reason = 'O arquivo está corrompido: não é um .xlsx válido (o conteúdo zip não pode ser lido). Exporte-o de novo do sistema. (arquivo clientes.xlsx)';
      expect(await refused.json()).toMatchObject({ error: `Planilha recusada, nada foi gravado: ${reason}`, files: [{ status: 'failed', error: reason }], outcomes: null });
      expect(await fingerprint(db)).toEqual(before);
    });
  }, 60_000);

  it('forgets a client through DELETE (owner only) and `pulso forget`, erasing personal data everywhere and logging it', async () => {
    const erased = await use(async (api, db) => {
      const [client] = await db.select().from(customers).where(and(eq(customers.studioId, studio.id), isNotNull(customers.phone), isNotNull(customers.email), isNotNull(customers.name))).limit(1);
      expect((await api.send('DELETE', `/customers/${client!.code}`, 'manager')).status).toBe(403);
      const deleted = await api.send('DELETE', `/customers/${client!.code}`, 'owner');
      expect(deleted.status).toBe(200);
      expect((await api.get(`/customers/${client!.code}`, 'owner')).status).toBe(410);
      return client!;
    });
    await database.use(async (db) => {
      const columns = await queryRows<{ table_name: string; column_name: string }>(
        db,
        sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type in ('text', 'jsonb', 'character varying')`,
      );
      for (const needle of [erased.name!, erased.phone!, erased.email!]) {
        for (const { table_name, column_name } of columns) {
          const [hit] = await queryRows<{ count: string | number }>(db, sql`select count(*) as count from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text like ${`%${needle}%`}`);
          expect(Number(hit!.count), `${table_name}.${column_name} holds ${needle}`).toBe(0);
        }
      }
      const [row] = await db.select().from(customers).where(eq(customers.id, erased.id));
      expect(row!.erasedAt).not.toBeNull();
      const [logged] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'erase-personal-data'), eq(auditLog.subject, erased.code)));
      expect(logged!.actorKind).toBe('staff');
    });
    const other = await database.use(async (db) => (await db.select().from(customers).where(and(eq(customers.studioId, studio.id), isNotNull(customers.name))).limit(1))[0]!);
    const forgotten = await runPulso(['forget', other.code, '--json'], database.environment);
    expect(forgotten.code, forgotten.stderr).toBe(0);
    await database.use(async (db) => {
      const [row] = await db.select().from(customers).where(eq(customers.id, other.id));
      expect(row).toMatchObject({ name: null, phone: null, email: null });
      const [logged] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'erase-personal-data'), eq(auditLog.subject, other.code)));
      expect(logged!.actorKind).toBe('cli');
    });
  }, 120_000);
});

describe('list exports', () => {
  it('leave plain text and numbers alone', () => {
    expect(listAsCsv([{ a: 'Ana', b: 12 }])).toBe('\uFEFFa;b\r\nAna;12\r\n');
  });
});
