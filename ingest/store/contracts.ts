/**
 * Contracts from either sheet that names them (balances or the contracts list), merged by their key,
 * with a status that only a newer snapshot may change, and their point-in-time facts per snapshot date.
 */
import { and, eq, sql } from 'drizzle-orm';
import { contracts, contractSnapshots } from '../../db/schema/index.ts';
import type { FieldValues } from '../layouts/layout.ts';
import { contractKey } from './contract-key.ts';
import { chunks } from '../../db/unnest-rows.ts';
import { mergeUpsert, type WriteCounts } from './merge-upsert.ts';
import type { StoreContext } from './store-context.ts';

export interface ContractFacts {
  customerId: number;
  code: string;
  plan: FieldValues['plan'];
  valueCents?: number | null;
  startsOn?: string | null;
  endsOn: string | null;
  status?: FieldValues['contract-status'] | null;
}

export interface ContractSnapshotFacts {
  weeklyContracted?: number | null;
  weeklyUsed?: number | null;
  weeklyAvailable?: number | null;
  totalContracted?: number | null;
  totalUsed?: number | null;
  totalAvailable?: number | null;
}

export async function storeContracts(
  context: StoreContext,
  /** `snapshot` null: the sheet says nothing point-in-time about the contract. */
  items: { contract: ContractFacts; snapshot: ContractSnapshotFacts | null }[],
): Promise<{ contracts: WriteCounts; snapshots: WriteCounts }> {
  const { db, studioId, importId, snapshotOn } = context;
  const byKey = new Map(items.map((item) => [contractKey(item.contract.code, item.contract.plan.name, item.contract.endsOn), item]));
  const statusIsNewer = sql`(excluded.status is not null and (${contracts.statusOn} is null or excluded.status_on >= ${contracts.statusOn}))`;
  const contractCounts = await mergeUpsert(
    db,
    contracts,
    [...byKey.entries()].map(([sourceKey, { contract }]) => ({
      studioId,
      customerId: contract.customerId,
      sourceKey,
      planName: contract.plan.name,
      planFamily: contract.plan.family,
      sessionsPerWeek: contract.plan.sessionsPerWeek,
      periodDays: contract.plan.periodDays,
      packSize: contract.plan.packSize,
      valueCents: contract.valueCents ?? null,
      startsOn: contract.startsOn ?? null,
      endsOn: contract.endsOn,
      status: contract.status ?? null,
      statusOn: contract.status ? snapshotOn : null,
    })),
    {
      target: [contracts.studioId, contracts.sourceKey],
      merge: ['valueCents', 'startsOn', 'status', 'statusOn'],
      custom: {
        status: {
          set: sql`case when ${statusIsNewer} then excluded.status else ${contracts.status} end`,
          changed: sql`(${statusIsNewer} and excluded.status is distinct from ${contracts.status})`,
        },
        statusOn: { set: sql`case when ${statusIsNewer} then excluded.status_on else ${contracts.statusOn} end`, changed: sql`false` },
      },
      onUpdate: { updatedAt: sql`now()` },
    },
  );
  const ids = new Map<string, number>();
  for (const keys of chunks([...byKey.keys()])) {
    const found = await db
      .select({ id: contracts.id, sourceKey: contracts.sourceKey })
      .from(contracts)
      .where(and(eq(contracts.studioId, studioId), sql`${contracts.sourceKey} = any(${sql.param(keys)}::text[])`));
    for (const { id, sourceKey } of found) ids.set(sourceKey, id);
  }
  const snapshotCounts = await mergeUpsert(
    db,
    contractSnapshots,
    [...byKey.entries()].flatMap(([sourceKey, { contract, snapshot }]) => (snapshot ? [{ sourceKey, contract, snapshot }] : [])).map(({ sourceKey, contract, snapshot }) => ({
      studioId,
      contractId: ids.get(sourceKey)!,
      customerId: contract.customerId,
      snapshotOn,
      endsOn: contract.endsOn,
      weeklyContracted: snapshot.weeklyContracted ?? null,
      weeklyUsed: snapshot.weeklyUsed ?? null,
      weeklyAvailable: snapshot.weeklyAvailable ?? null,
      totalContracted: snapshot.totalContracted ?? null,
      totalUsed: snapshot.totalUsed ?? null,
      totalAvailable: snapshot.totalAvailable ?? null,
      importId,
    })),
    {
      target: [contractSnapshots.contractId, contractSnapshots.snapshotOn],
      merge: ['weeklyContracted', 'weeklyUsed', 'weeklyAvailable', 'totalContracted', 'totalUsed', 'totalAvailable'],
    },
  );
  return { contracts: contractCounts, snapshots: snapshotCounts };
}
