/**
 * The front desk's 08:00 alert (prompts/front-desk-alert.md): today's clients to contact, one block per
 * playbook in order of urgency, each client with code, risk, reasons and the ready message, formatted
 * for WhatsApp. Automated playbooks say whether Pulso sends the message itself or leaves it to the
 * desk. Template only: it carries full names, which never go to an LLM.
 */
import type { PlaybookId } from '../analytics/playbook.ts';
import { formatDate } from '../domain/brazilian-format.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { firstName } from '../domain/person-name.ts';
import { say, type TemplateValues } from '../prompts/catalog.ts';
import { weekdayName } from './calendar-words.ts';
import { greeting } from './greeting.ts';

export interface AlertClient {
  /** A lead from the chat has no code. */
  code: string | null;
  name: string | null;
  /** Leads have no risk score. */
  risk: number | null;
  reasons: string[];
  message: string | null;
}

export interface AlertBlock {
  playbook: PlaybookId;
  /** "task": the desk acts; "automatic": Pulso sends; "manual": automation is off, the desk may send. */
  mode: 'task' | 'automatic' | 'manual';
  deadlineHours: number | null;
  clients: AlertClient[];
}

export interface FrontDeskAlertInput {
  recipientName: string;
  hour: number;
  today: CalendarDate;
  blocks: AlertBlock[];
  followingUpCount: number;
  followUpDays: number;
}

const line = (key: string, values: TemplateValues = {}) => say('front-desk-alert.md', key, values);
const reasonsShown = 2;

/** A playbook's deadline in words: 24 → "24 h", 168 → "7 dias"; none → "—". */
export function deadlineText(hours: number | null): string {
  if (hours === null) return '—';
  return hours % 24 === 0 && hours > 24 ? line('deadline-days', { days: hours / 24 }) : line('deadline-hours', { hours });
}

function clientHeading(client: AlertClient, position: number): string {
  const name = client.name ?? line('unnamed');
  if (client.risk === null) return client.code ? line('lead-with-code', { position, name, code: client.code }) : line('lead', { position, name });
  return line('client', { position, name, code: client.code ?? '', risk: String(client.risk) });
}

function clientLines(client: AlertClient, position: number, withMessage: boolean): string {
  return [
    clientHeading(client, position),
    ...(client.reasons.length ? [`   ${line('reasons', { reasons: client.reasons.slice(0, reasonsShown).join('; ') })}`] : []),
    ...(withMessage && client.message ? [`   ${line('message', { message: client.message })}`] : []),
  ].join('\n');
}

function blockText(block: AlertBlock, firstPosition: number): string {
  const playbook = say('playbooks.md', block.playbook);
  if (block.mode === 'automatic') {
    const clients = block.clients.map((client) => (client.code ? line('automated-client', { name: client.name ?? line('unnamed'), code: client.code }) : client.name ?? line('unnamed'))).join('; ');
    return line('automated-on', { playbook, clients });
  }
  const heading = block.mode === 'task' ? line('task', { playbook, deadline: deadlineText(block.deadlineHours) }) : line('automated-off', { playbook });
  return [heading, ...block.clients.map((client, index) => clientLines(client, firstPosition + index, true))].join('\n');
}

export function frontDeskAlertText({ recipientName, hour, today, blocks, followingUpCount, followUpDays }: FrontDeskAlertInput): string {
  const count = blocks.reduce((sum, block) => sum + block.clients.length, 0);
  const heading = { greeting: greeting(hour), firstName: firstName(recipientName), weekday: weekdayName(today), today: formatDate(today), count };
  if (count === 0) return line('title-none', heading);
  const parts = [line('title', heading)];
  let position = 1;
  for (const block of blocks) {
    parts.push(blockText(block, position));
    if (block.mode !== 'automatic') position += block.clients.length;
  }
  if (followingUpCount > 0) parts.push(line('following-up', { days: followUpDays, count: followingUpCount }));
  const example = blocks.flatMap((block) => block.clients).find((client) => client.name)?.name;
  if (example) parts.push(line('closing', { example: firstName(example) }));
  return parts.join('\n\n');
}
