/**
 * "Contatei a Carla", "Carla renovou", "sem resposta Carla": an action and its outcome, recorded by the
 * staff member. A contact fulfils the open task the front desk's alert gave for the client (it becomes
 * the call, so one assignment stays one action in the playbook's save rate), or is a new action when
 * there is none; a renewal or no answer closes the client's latest open action, or is recorded as a
 * new one when there is none. The next import may still confirm a renewal with its revenue.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { actions } from '../../db/schema/index.ts';
import { say } from '../../prompts/catalog.ts';
import type { BotContext } from '../context.ts';
import type { Outcome } from '../intents/intent.ts';
import { resolveClient } from './resolve-client.ts';

const storedOutcome = { renewed: 'renewed', 'no-answer': 'no_answer' } as const;

export async function recordOutcome(context: BotContext, chosenCustomerId?: number, chosenOutcome?: Outcome): Promise<void> {
  const { db, studio, message } = context;
  const outcome = chosenOutcome ?? context.recognition.outcome ?? 'contacted';
  const snapshot = await context.snapshots.get(context.asOf);
  const score = await resolveClient(context, snapshot.scores, { purpose: 'record-outcome', outcome }, chosenCustomerId);
  if (!score) return;
  const staffId = context.sender.staff?.id ?? null;
  const at = message.receivedAt;
  if (outcome === 'contacted') {
    const [task] = await db
      .select({ id: actions.id })
      .from(actions)
      .where(and(eq(actions.studioId, studio.id), eq(actions.customerId, score.customerId), eq(actions.kind, 'task'), isNull(actions.outcome)))
      .orderBy(desc(actions.actedAt))
      .limit(1);
    if (task) await db.update(actions).set({ kind: 'call', staffId, actedAt: at }).where(eq(actions.id, task.id));
    else await db.insert(actions).values({ studioId: studio.id, customerId: score.customerId, playbook: score.playbook, kind: 'call', staffId, actedAt: at });
  } else {
    const [open] = await db
      .select({ id: actions.id })
      .from(actions)
      .where(and(eq(actions.studioId, studio.id), eq(actions.customerId, score.customerId), isNull(actions.outcome)))
      .orderBy(desc(actions.actedAt))
      .limit(1);
    const closing = { outcome: storedOutcome[outcome], outcomeAt: at, outcomeSource: 'staff' as const };
    if (open) await db.update(actions).set(closing).where(eq(actions.id, open.id));
    else await db.insert(actions).values({ studioId: studio.id, customerId: score.customerId, playbook: score.playbook, kind: 'call', staffId, actedAt: at, ...closing });
  }
  context.reply(say('bot.md', `outcome-${outcome}`, { name: score.name ?? '', code: score.code }));
}
