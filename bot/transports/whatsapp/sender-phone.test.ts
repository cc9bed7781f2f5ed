import { describe, expect, it, vi } from 'vitest';
import { phoneFromJid, senderPhone } from './sender-phone.ts';

const noMapping = { getPNForLID: vi.fn(async () => null) };

describe('sender phone', () => {
  it('reads a phone JID, with or without device, restoring the ninth digit of an old Brazilian mobile', () => {
    expect(phoneFromJid('5511987654321@s.whatsapp.net')).toBe('+5511987654321');
    expect(phoneFromJid('5511987654321:0@s.whatsapp.net')).toBe('+5511987654321');
    expect(phoneFromJid('551187654321@s.whatsapp.net')).toBe('+5511987654321');
    expect(phoneFromJid('14155552671@s.whatsapp.net')).toBe('+14155552671');
    expect(phoneFromJid('status@broadcast')).toBeNull();
  });

  it('prefers the chat JID, then the alternate JID of a LID chat, then the LID mapping store', async () => {
    expect(await senderPhone({ remoteJid: '5511987654321@s.whatsapp.net' }, noMapping)).toBe('+5511987654321');
    expect(await senderPhone({ remoteJid: '123@lid', remoteJidAlt: '5511987654321@s.whatsapp.net' }, noMapping)).toBe('+5511987654321');
    expect(await senderPhone({ remoteJid: '123@lid', participantAlt: '5511987654321@s.whatsapp.net' }, noMapping)).toBe('+5511987654321');
    expect(noMapping.getPNForLID).not.toHaveBeenCalled();

    const mapping = { getPNForLID: vi.fn(async (lid: string) => (lid === '123@lid' ? '5511912345678:0@s.whatsapp.net' : null)) };
    expect(await senderPhone({ remoteJid: '123@lid' }, mapping)).toBe('+5511912345678');
    expect(await senderPhone({ remoteJid: '456@lid' }, mapping)).toBeNull();
  });
});
