/**
 * Sign-in by a short code, the two public routes besides the documentation. POST /sign-in/code
 * { phone } queues a 6-digit code through the outbox to that staff member's chat and always answers
 * the same 202, so that nobody learns who is on the staff. POST /sign-in/verify { phone, code }
 * answers a new API token (label "painel") or 401. Both are rate-limited per IP and per phone.
 */
import { and, eq, isNull } from 'drizzle-orm';
import express, { type RequestHandler, type Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { enqueue } from '../../db/outbox-queue.ts';
import { staffAddress } from '../../domain/chat-address.ts';
import type { PulsoDb } from '../../db/database.ts';
import { staff } from '../../db/schema/index.ts';
import { issueSignInCode, redeemSignInCode, signInCodeMinutes } from '../../db/staff-sign-in-codes.ts';
import { issueStaffToken } from '../../db/staff-tokens.ts';
import { normalizePhone } from '../../domain/phone.ts';
import { say } from '../../prompts/catalog.ts';
import { ApiError } from './api-error.ts';
import { validated } from './api-route.ts';
import { apiText } from './api-text.ts';

export const signInPaths = { code: '/sign-in/code', verify: '/sign-in/verify' } as const;

export const codeRequest = z.object({ phone: z.string().min(1).max(40) });
export const verifyRequest = codeRequest.extend({ code: z.string().min(1).max(12) });

const windowMs = 15 * 60_000;

/** One limit per key (IP or phone) per route, answered with the same pt-BR 429. */
function limit(route: string, perWindow: number, key: 'ip' | 'phone'): RequestHandler {
  return rateLimit({
    windowMs,
    limit: perWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (request) => `${route}:${key === 'ip' ? ipKeyGenerator(request.ip ?? '') : (normalizePhone(String(request.body?.phone ?? '')) ?? 'invalido')}`,
    handler: (_request, response) => void response.status(429).json({ error: apiText('sign-in-rate-limited') }),
  });
}

async function activeMember(db: PulsoDb, studioId: number, phoneText: string) {
  const phone = normalizePhone(phoneText);
  if (!phone) return undefined;
  const [member] = await db
    .select({ id: staff.id, phone: staff.phone, telegramChatId: staff.telegramChatId, whatsappJid: staff.whatsappJid })
    .from(staff)
    .where(and(eq(staff.studioId, studioId), eq(staff.phone, phone), isNull(staff.removedAt)));
  return member;
}

/** Registers the two routes on /api/v1's own router, where its tests walk every route. */
export function mountSignIn(router: Router, db: PulsoDb, studioId: number): void {
  const json = express.json({ limit: '4kb' });
  router.post(signInPaths.code, json, limit('code', 30, 'ip'), limit('code', 5, 'phone'), async (request, response) => {
    const { phone } = validated(codeRequest, request.body, 'invalid-body');
    const member = await activeMember(db, studioId, phone);
    if (member) {
      const now = new Date();
      const { id, code } = await issueSignInCode(db, studioId, member.id, now);
      const { channel, address } = staffAddress(member);
      const text = say('sign-in.md', 'code', { code, minutes: signInCodeMinutes });
      await enqueue(db, studioId, [{ idempotencyKey: `sign-in-code:${id}`, channel, recipient: address, audience: 'staff', purpose: 'sign-in-code', payload: { kind: 'text', text, secret: true }, dueAt: now, staffId: member.id }]);
    }
    response.status(202).json({ message: apiText('sign-in-code-sent') });
  });

  router.post(signInPaths.verify, json, limit('verify', 30, 'ip'), limit('verify', 10, 'phone'), async (request, response) => {
    const { phone, code } = validated(verifyRequest, request.body, 'invalid-body');
    const member = await activeMember(db, studioId, phone);
    const now = new Date();
    if (!member || !(await redeemSignInCode(db, studioId, member.id, code.replace(/\D/g, ''), now))) throw new ApiError(401, apiText('sign-in-refused'));
    const { token } = await issueStaffToken(db, studioId, member.id, 'painel');
    response.json({ token });
  });
}
