/**
 * Receipts, stored once: the key is the receipt number and the line's position within it, so the same
 * or an overlapping export adds nothing. Only a receipt's status may change (a later cancellation).
 * A sales export is the largest sheet there is, so it is written in chunks as it is parsed: line numbers
 * within a receipt and the plan families read so far carry over from one chunk to the next, and each
 * chunk's statement is built while the database still writes the one before.
 */
import { sales } from '../../db/schema/index.ts';
import { instantAt } from '../../domain/zoned-time.ts';
import type { LayoutRow } from '../layouts/layout.ts';
import type { salesLayout } from '../layouts/sales.ts';
import { planFacts } from '../parse/plan-facts.ts';
import { storeCustomers } from './customers.ts';
import { noWrites, prepareMergeUpsert } from './merge-upsert.ts';
import type { SheetWriter, StoreContext } from './store-context.ts';

type Row = LayoutRow<(typeof salesLayout)['fields']>;

export function salesWriter(context: StoreContext): SheetWriter<Row> {
  const linesSeen = new Map<string, number>();
  // A studio sells a few dozen products; reading each description once spares 100,000 regex passes.
  const families = new Map<string, string>();
  const familyOf = (description: string) => {
    if (!families.has(description)) families.set(description, planFacts(description).family);
    return families.get(description)!;
  };
  // Builds a chunk's statement: the clients it names (usually known already), then its receipts.
  const prepare = async (rows: Row[]) => {
    const withCode = rows.filter((row) => row.code);
    const customers = await storeCustomers(context, withCode.map((row) => ({ code: row.code!, name: row.name })));
    const records = rows.map((row) => {
      const item = (linesSeen.get(row.receipt!) ?? 0) + 1;
      linesSeen.set(row.receipt!, item);
      return {
        studioId: context.studioId,
        receipt: row.receipt!,
        item,
        customerId: row.code ? (customers.ids.get(row.code) ?? null) : null,
        customerCode: row.code,
        customerName: row.name,
        status: row.status,
        description: row.description,
        planFamily: row.description ? familyOf(row.description) : null,
        valueCents: row.value!,
        paymentMethod: row.paymentMethod,
        soldOn: row.soldAt!.date,
        soldAt: instantAt(row.soldAt!.date, row.soldAt!.time, context.timeZone),
        origin: row.origin,
        receiptResponsible: row.receiptResponsible,
        consultant: row.consultant,
        importId: context.importId,
      };
    });
    return prepareMergeUpsert(sales, records, { target: [sales.studioId, sales.receipt, sales.item], merge: ['status', 'customerId'] });
  };
  const counts = noWrites();
  // The chunk the database is writing; awaited before the next is sent, and by finish.
  let writing: Promise<void> = Promise.resolve();
  return {
    async add(rows) {
      const merge = await prepare(rows).catch(async (error: unknown) => {
        // A failed write before this chunk aborts the transaction, and is the cause worth reporting.
        await writing;
        throw error;
      });
      await writing;
      writing = merge.run(context.db).then((written) => {
        counts.inserted += written.inserted;
        counts.updated += written.updated;
        counts.unchanged += written.unchanged;
      });
      // Until the next chunk or finish awaits it, a failure must not count as unhandled.
      writing.catch(() => {});
    },
    async finish() {
      await writing;
      return { counts, warnings: [] };
    },
  };
}
