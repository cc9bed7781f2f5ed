import { describe, expect, it } from 'vitest';
import { splitMessage } from './split-message.ts';

describe('splitMessage', () => {
  it('keeps a short text whole', () => {
    expect(splitMessage('curto', 100)).toEqual(['curto']);
  });

  it('cuts at blank lines first, within the limit, with the hint to send "mais"', () => {
    const paragraphs = Array.from({ length: 6 }, (_, index) => `${index + 1}. ${'palavra '.repeat(8).trim()}`);
    const pages = splitMessage(paragraphs.join('\n\n'), 160);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(160);
    expect(pages[0]!.endsWith('(continua: escreva "mais")')).toBe(true);
    expect(pages.at(-1)!.endsWith('palavra')).toBe(true);
    expect(pages.map((page) => page.replace('\n\n(continua: escreva "mais")', '')).join('\n\n')).toBe(paragraphs.join('\n\n'));
  });
});
