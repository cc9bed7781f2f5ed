/** Outbox rows and the wire: what a stored payload becomes for a transport, and its words for reports. */
import type { OutboundPayload } from '../../db/schema/index.ts';
import type { OutboundMessage } from '../transport.ts';

/** What the stored payload becomes on the wire (files travel as base64 in JSON). */
export function outboundMessage(payload: OutboundPayload): OutboundMessage {
  if (payload.kind === 'text') return { kind: 'text', text: payload.text };
  if (payload.kind === 'image') return { kind: 'image', caption: payload.caption, png: Buffer.from(payload.pngBase64, 'base64') };
  return { kind: 'document', fileName: payload.fileName, caption: payload.caption, bytes: Buffer.from(payload.xlsxBase64, 'base64') };
}

/** The words of a stored payload, for reports. */
export function payloadText(payload: OutboundPayload): string {
  return payload.kind === 'text' ? payload.text : (payload.caption ?? '');
}
