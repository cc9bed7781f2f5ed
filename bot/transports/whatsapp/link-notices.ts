/**
 * What the person running Pulso reads while linking the studio's WhatsApp number, or after WhatsApp
 * unlinked it. No QR library is installed, so the QR is shown as its text, for any QR generator.
 */
export function qrNotice(qr: string): string {
  return [
    'Para conectar o WhatsApp do estúdio, gere um QR code com o texto abaixo e leia-o no celular em',
    'WhatsApp > Aparelhos conectados > Conectar um aparelho (o código muda a cada poucos segundos):',
    qr,
    '',
  ].join('\n');
}

/** "ABCD1234" is shown as "ABCD-1234", as WhatsApp shows it on the phone. */
export function pairingCodeNotice(code: string): string {
  const shown = code.match(/.{1,4}/g)?.join('-') ?? code;
  return [
    `Código para conectar o WhatsApp do estúdio: ${shown}`,
    'No celular: WhatsApp > Aparelhos conectados > Conectar um aparelho > Conectar com número de telefone, e digite o código.',
    '',
  ].join('\n');
}

export const loggedOutNotice = [
  'O WhatsApp do estúdio foi desconectado do Pulso (o aparelho foi removido no celular ou a sessão expirou).',
  'Os dados de conexão foram apagados e o WhatsApp parou; reinicie o Pulso para conectar de novo.',
  '',
].join('\n');
