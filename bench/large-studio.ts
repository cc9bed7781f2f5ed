/**
 * A large studio written straight into a database with set-based SQL (generate_series), for the
 * scoring benchmark: `clients` clients with about six monthly contracts each, eighteen receipts each,
 * two weekly balances of every current contract, blocks, statuses and a frequency report. Values vary
 * deterministically with the client's number (no random()), so runs are comparable.
 */
import { sql } from 'drizzle-orm';
import type { PulsoDb } from '../db/database.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';

export async function writeLargeStudio(db: PulsoDb, studioId: number, clients: number, asOf: CalendarDate): Promise<{ sales: number; balances: number }> {
  const statements = [
    sql`insert into customers (studio_id, code, name, normalized_name, status, status_on, customer_since)
        select ${studioId}, (100000 + i)::text, 'Cliente ' || i, 'CLIENTE ' || i,
               case when i % 20 = 0 then 'Bloqueado' when i % 20 in (1, 2, 3) then 'Sem Contrato' when i % 20 = 4 then 'Cancelado'
                    when i % 20 = 5 then 'Prospect' else 'Ativo' end,
               ${asOf}::date, ${asOf}::date - (30 + (i * 37) % 1000)
        from generate_series(1, ${clients}) as i`,
    sql`insert into customer_snapshots (studio_id, customer_id, snapshot_on, status)
        select studio_id, id, ${asOf}::date, status from customers where studio_id = ${studioId}`,
    sql`insert into contracts (studio_id, customer_id, source_key, plan_name, plan_family, sessions_per_week, period_days, value_cents, starts_on, ends_on, status)
        select c.studio_id, c.id, c.code || '|' || n, 'CALISTENIA ' || (2 + c.id % 2) || 'X NA SEMANA MENSAL', 'calistenia', 2 + c.id % 2, 30,
               29000 + (c.id % 2) * 9000,
               ${asOf}::date - (c.id % 25) - 30 * (6 - n) - case when c.status in ('Sem Contrato', 'Cancelado') then 45 else 0 end,
               ${asOf}::date - (c.id % 25) - 30 * (6 - n) + 29 - case when c.status in ('Sem Contrato', 'Cancelado') then 45 else 0 end,
               case when n = 6 and c.status in ('Ativo', 'Bloqueado') then c.status else 'Finalizado' end
        from customers c cross join generate_series(1, 6) as n
        where c.studio_id = ${studioId} and c.status <> 'Prospect'`,
    sql`insert into sales (studio_id, receipt, customer_id, customer_code, customer_name, status, description, plan_family, value_cents, payment_method, sold_on, consultant)
        select c.studio_id, (c.id * 100 + n)::text, c.id, c.code, c.name, 'Finalizado', 'CALISTENIA 2X NA SEMANA MENSAL', 'calistenia',
               29000, (array['Pix', 'Cartão de crédito', 'Recorrente'])[1 + (c.id + n) % 3], ${asOf}::date - (c.id % 25) - 30 * (18 - n),
               (array['Mateus', 'Camila', 'Rafael', 'Larissa'])[1 + c.id % 4]
        from customers c cross join generate_series(1, 18) as n where c.studio_id = ${studioId}`,
    sql`insert into contract_snapshots (studio_id, contract_id, customer_id, snapshot_on, ends_on, weekly_contracted, weekly_used, total_contracted, total_used)
        select k.studio_id, k.id, k.customer_id, ${asOf}::date - 7 * w, k.ends_on, k.sessions_per_week, (k.id % 3), k.sessions_per_week * 4,
               greatest(0, ((k.id % 13) * (${asOf}::date - 7 * w - k.starts_on)) / 30)
        from contracts k cross join generate_series(0, 1) as w
        where k.studio_id = ${studioId} and k.status in ('Ativo', 'Bloqueado')`,
    sql`insert into blocks (studio_id, customer_id, snapshot_on, customer_status, blocked_on, days_blocked, overdue_cents)
        select studio_id, id, ${asOf}::date, 'Bloqueado', ${asOf}::date - (id % 30), id % 30, case when id % 2 = 0 then 29000 end
        from customers where studio_id = ${studioId} and status = 'Bloqueado'`,
    sql`insert into attendance (studio_id, customer_id, student_name, normalized_name, match, period_start, period_end, presences, absences)
        select studio_id, id, name, normalized_name, 'matched', ${asOf}::date - 29, ${asOf}::date, id % 12, id % 4
        from customers where studio_id = ${studioId} and status in ('Ativo', 'Bloqueado')`,
  ];
  for (const statement of statements) await db.execute(statement);
  const [counts] = (
    (await db.execute(sql`select (select count(*) from sales where studio_id = ${studioId}) as sales,
                                 (select count(*) from contract_snapshots where studio_id = ${studioId}) as balances`)) as unknown as { rows: { sales: string; balances: string }[] }
  ).rows;
  await db.execute(sql`analyze`);
  return { sales: Number(counts!.sales), balances: Number(counts!.balances) };
}
