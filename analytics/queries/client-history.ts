/**
 * The whole story of one client for the 360° card (issue 8): contracts with their balances per
 * snapshot, payments (sales), blocks per snapshot, attendance periods, contract acceptances and the
 * latest conversation messages, each up to `asOf`. Read for one client at a time, so plain selects.
 */
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { PulsoDb } from '../../db/database.ts';
import { attendance, blocks, contractAcceptances, contracts, contractSnapshots, conversations, messages, sales } from '../../db/schema/index.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';

/** The last messages shown on the card; the conversation itself has the rest. */
const messagesShown = 50;

export async function clientHistory(db: PulsoDb, studioId: number, customerId: number, asOf: CalendarDate) {
  const own = (table: { studioId: AnyPgColumn; customerId: AnyPgColumn }) => and(eq(table.studioId, studioId), eq(table.customerId, customerId));
  const [contractRows, balances, payments, blockRows, attendanceRows, acceptances, chats] = await Promise.all([
    db.select({ id: contracts.id, planName: contracts.planName, planFamily: contracts.planFamily, valueCents: contracts.valueCents, startsOn: contracts.startsOn, endsOn: contracts.endsOn, status: contracts.status })
      .from(contracts).where(own(contracts)).orderBy(desc(contracts.startsOn)),
    db.select({ contractId: contractSnapshots.contractId, snapshotOn: contractSnapshots.snapshotOn, endsOn: contractSnapshots.endsOn, weeklyContracted: contractSnapshots.weeklyContracted, weeklyUsed: contractSnapshots.weeklyUsed, totalContracted: contractSnapshots.totalContracted, totalUsed: contractSnapshots.totalUsed })
      .from(contractSnapshots).where(and(own(contractSnapshots), lte(contractSnapshots.snapshotOn, asOf))).orderBy(asc(contractSnapshots.snapshotOn)),
    db.select({ receipt: sales.receipt, soldOn: sales.soldOn, description: sales.description, planFamily: sales.planFamily, valueCents: sales.valueCents, paymentMethod: sales.paymentMethod, status: sales.status })
      .from(sales).where(and(own(sales), lte(sales.soldOn, asOf))).orderBy(desc(sales.soldOn), desc(sales.receipt)),
    db.select({ snapshotOn: blocks.snapshotOn, status: blocks.customerStatus, blockedOn: blocks.blockedOn, daysBlocked: blocks.daysBlocked, overdueCents: blocks.overdueCents })
      .from(blocks).where(and(own(blocks), lte(blocks.snapshotOn, asOf))).orderBy(asc(blocks.snapshotOn)),
    db.select({ periodStart: attendance.periodStart, periodEnd: attendance.periodEnd, presences: attendance.presences, absences: attendance.absences })
      .from(attendance).where(and(own(attendance), lte(attendance.periodStart, asOf))).orderBy(asc(attendance.periodStart)),
    db.select({ snapshotOn: contractAcceptances.snapshotOn, contractName: contractAcceptances.contractName, status: contractAcceptances.status, lastAcceptedAt: contractAcceptances.lastAcceptedAt })
      .from(contractAcceptances).where(and(own(contractAcceptances), lte(contractAcceptances.snapshotOn, asOf))).orderBy(asc(contractAcceptances.snapshotOn)),
    db.select({ id: conversations.id, channel: conversations.channel, handledBy: conversations.handledBy }).from(conversations).where(own(conversations)),
  ]);
  const conversationIds = chats.map((chat) => chat.id);
  const recent = conversationIds.length
    ? await db.select({ conversationId: messages.conversationId, direction: messages.direction, senderRole: messages.senderRole, text: messages.text, intent: messages.intent, occurredAt: messages.occurredAt })
        .from(messages).where(inArray(messages.conversationId, conversationIds)).orderBy(desc(messages.occurredAt)).limit(messagesShown)
    : [];
  return {
    contracts: contractRows.map((contract) => ({ ...contract, balances: balances.filter((balance) => balance.contractId === contract.id).map(({ contractId: _, ...balance }) => balance) })),
    payments,
    blocks: blockRows,
    attendance: attendanceRows,
    acceptances,
    conversations: chats.map((chat) => ({ ...chat, messages: recent.filter((message) => message.conversationId === chat.id).map(({ conversationId: _, ...message }) => message) })),
  };
}

export type ClientHistory = Awaited<ReturnType<typeof clientHistory>>;
