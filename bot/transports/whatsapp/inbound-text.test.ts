import { describe, expect, it } from 'vitest';
import { incomingText, isPersonalChat, messageText } from './inbound-text.ts';

describe('inbound text', () => {
  it('takes plain and extended text and photo or video captions, also inside disappearing messages', () => {
    expect(messageText({ conversation: 'oi' })).toBe('oi');
    expect(messageText({ extendedTextMessage: { text: 'veja https://exemplo.com.br' } })).toBe('veja https://exemplo.com.br');
    expect(messageText({ imageMessage: { caption: 'meu comprovante' } })).toBe('meu comprovante');
    expect(messageText({ videoMessage: { caption: 'treino de hoje' } })).toBe('treino de hoje');
    expect(messageText({ ephemeralMessage: { message: { extendedTextMessage: { text: 'some em 24 h' } } } })).toBe('some em 24 h');
    expect(messageText({ audioMessage: {} })).toBeNull();
    expect(messageText({ conversation: '   ' })).toBeNull();
    expect(messageText(undefined)).toBeNull();
  });

  it('accepts only one-to-one chats with a person', () => {
    expect(isPersonalChat('5511987654321@s.whatsapp.net')).toBe(true);
    expect(isPersonalChat('123456789012345@lid')).toBe(true);
    for (const jid of ['120363012345678901@g.us', 'status@broadcast', '1764000000@broadcast', '120363098765432109@newsletter', '13135550002@bot', '', null]) {
      expect(isPersonalChat(jid)).toBe(false);
    }
    expect(incomingText({ key: { remoteJid: '123@lid', fromMe: true }, message: { conversation: 'nosso' } })).toEqual({ chat: '123@lid', text: 'nosso', fromStudioPhone: true });
    expect(incomingText({ key: { remoteJid: '123@lid', fromMe: false }, message: { conversation: 'seu' } })).toEqual({ chat: '123@lid', text: 'seu', fromStudioPhone: false });
  });
});
