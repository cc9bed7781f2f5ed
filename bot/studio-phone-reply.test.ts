import { afterEach, beforeEach, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { botPerformance } from '../analytics/metrics/bot-performance.ts';
import { leadConversations } from '../analytics/queries/bot-conversations.ts';
import { conversations, messages } from '../db/schema/index.ts';
import { addStaff } from '../db/staff-directory.ts';
import type { Studio } from '../db/studio.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { createRouter, type Router } from './router.ts';
import type { InboundMessage } from './transport.ts';

const lead = '5521999990001@s.whatsapp.net';
const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 24, 13, minute, second));

describeEachDriver('replies typed on the studio’s own phone', (driver) => {
  let database: TestDatabase;
  let studio: Studio;
  let router: Router;
  let sequence = 0;
  const message = (text: string, receivedAt: Date, fromStudioPhone = false, id = `m${++sequence}`): InboundMessage => ({
    channel: 'whatsapp', address: lead, phone: fromStudioPhone ? null : '+5521999990001', text, transportMessageId: id, receivedAt, ...(fromStudioPhone ? { fromStudioPhone } : {}),
  });
  beforeEach(async () => {
    database = await openTestDatabase(driver);
    studio = await openTestStudio(database);
    router = createRouter({ db: database.db, studio, model: null });
  });
  afterEach(() => database.close());

  it('are logged as a person’s, silence the bot in that chat, and give people’s first-response time', async () => {
    expect((await router.handle(message('oi', at(0)))).replies).not.toEqual([]);
    const typed = message('Oi! Aqui é a Júlia, da recepção.', at(1), true, 'PHONE-1');
    expect(await router.handle(typed)).toEqual({ replies: [], notifications: [], intent: 'unknown', role: 'studio-phone', handled: true });
    expect((await router.handle(typed)).handled).toBe(false);
    expect((await router.handle(message('quanto custa?', at(2)))).replies).toEqual([]);
    await router.handle(message('Temos planos a partir de R$ 200,00.', at(4, 30), true, 'PHONE-2'));

    const [conversation] = await database.db.select().from(conversations).where(eq(conversations.address, lead));
    expect(conversation).toMatchObject({ handledBy: 'staff', handoffReason: 'studio-phone' });
    const logged = await database.db.select({ direction: messages.direction, role: messages.senderRole, text: messages.text }).from(messages).where(eq(messages.conversationId, conversation!.id)).orderBy(messages.occurredAt, messages.id);
    expect(logged.filter((row) => row.role === 'studio-phone').map((row) => row.text)).toEqual(['Oi! Aqui é a Júlia, da recepção.', 'Temos planos a partir de R$ 200,00.']);
    // The hand-off came with the first typed reply (13:01); the lead's next message (13:02) was answered at 13:04:30.
    const { people } = botPerformance(await leadConversations(database.db, studio.id));
    expect(people).toEqual([{ staffId: null, staffName: null, answered: 1, unanswered: 0, firstResponseMedianMs: 150_000, firstResponseP95Ms: 150_000, withinFiveMinutes: 1 }]);
    await addStaff(database.db, studio.id, { phone: '+5511987654321', role: 'owner', name: 'Marina Costa' });
    const report = await router.handle({ channel: 'whatsapp', address: '5511987654321@s.whatsapp.net', phone: '+5511987654321', text: 'funil', transportMessageId: 'f1', receivedAt: at(10) });
    expect(report.replies[0]).toMatchObject({ text: expect.stringContaining('Celular do estúdio: primeira resposta a leads passados para uma pessoa em 2,5 min (mediana; 95 % em até 2,5 min), 1 conversa') });
  });
});
