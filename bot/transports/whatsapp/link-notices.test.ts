import { describe, expect, it } from 'vitest';
import { pairingCodeNotice, qrNotice } from './link-notices.ts';

describe('link notices', () => {
  it('draws the QR in the terminal under the instruction', async () => {
    const notice = await qrNotice('2@abc,def,ghi');
    expect(notice.startsWith('Para conectar o WhatsApp do estúdio, leia este QR code')).toBe(true);
    expect(notice).toMatch(/[▀▄█]/);
    expect(notice.split('\n').length).toBeGreaterThan(10);
  });

  it('shows a pairing code as WhatsApp does', () => {
    expect(pairingCodeNotice('ABCD1234')).toContain('Código para conectar o WhatsApp do estúdio: ABCD-1234.');
  });
});
