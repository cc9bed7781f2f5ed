/** `pulso outreach` for people (prompts/outreach.md): one line per message, then its text indented. */
import { catalog, say } from '../../prompts/catalog.ts';
import type { OutreachRound } from './run-outreach.ts';

const line = (key: string, values: Record<string, string | number> = {}) => say('outreach.md', key, values);

function reasonText(reason: string | null): string {
  if (!reason) return '';
  const known = catalog('outreach.md')[`reason-${reason}`];
  return ` ${line('reason', { reason: known ?? reason })}`;
}

function playbookName(playbook: string): string {
  return catalog('outreach.md')[playbook] ?? catalog('playbooks.md')[playbook] ?? playbook;
}

export function outreachReportText(round: OutreachRound, dryRun: boolean): string {
  const heading = line(dryRun ? 'title-dry' : 'title', { now: round.now, count: round.messages.length });
  if (round.messages.length === 0) return `${heading}\n${line('none')}`;
  const items = round.messages.map((message) => {
    const to = message.to ?? line(`audience-${message.audience}`);
    const text = message.text.split('\n').map((row) => `    ${row}`).join('\n');
    return `${line('item', { status: line(`status-${message.status}`), playbook: playbookName(message.playbook), to, reason: reasonText(message.reason) })}\n${text}`;
  });
  return [heading, ...items].join('\n\n');
}
