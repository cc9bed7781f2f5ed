/**
 * A transport message (text, chart image, spreadsheet) as the content Baileys' sendMessage takes.
 */
import type { AnyMessageContent } from '@whiskeysockets/baileys';
import type { OutboundMessage } from '../../transport.ts';

const documentTypes: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  pdf: 'application/pdf',
};

function documentType(fileName: string): string {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return documentTypes[extension] ?? 'application/octet-stream';
}

export function messageContent(message: OutboundMessage): AnyMessageContent {
  switch (message.kind) {
    case 'text':
      return { text: message.text };
    case 'image':
      return { image: message.png, mimetype: 'image/png', caption: message.caption };
    case 'document':
      return {
        document: message.bytes,
        fileName: message.fileName,
        mimetype: documentType(message.fileName),
        ...(message.caption === undefined ? {} : { caption: message.caption }),
      };
  }
}
