/**
 * Long answers in pieces that fit the channel: split at blank lines, else at line breaks, else at
 * spaces, never inside a word; every piece but the last ends with a hint: in a chat, to send "mais";
 * in a report pushed in several messages, that it goes on in the next one.
 */
import { say } from '../prompts/catalog.ts';

export function splitMessage(text: string, limit: number, continues = say('bot.md', 'more-hint')): string[] {
  const hint = `\n\n${continues}`;
  const room = limit - hint.length;
  if (text.length <= limit) return [text];
  const pages: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, room);
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((index) => index > room / 3) ?? room;
    pages.push(`${rest.slice(0, cut).trimEnd()}${hint}`);
    rest = rest.slice(cut).trimStart();
  }
  pages.push(rest);
  return pages;
}
