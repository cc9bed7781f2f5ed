/**
 * What a conversation may ask for next, kept in memory per conversation: the rest of a long answer
 * ("mais") and the clients of a numbered choice ("2"). Lost on restart, which costs only a repeated
 * question.
 */
import type { Outcome } from './intents/intent.ts';

export interface ClientChoice {
  purpose: 'client-card' | 'record-outcome';
  outcome?: Outcome;
  clients: { customerId: number; code: string; name: string | null }[];
}

export interface PendingReplies {
  pages(conversationId: number): string[];
  setPages(conversationId: number, pages: string[]): void;
  choice(conversationId: number): ClientChoice | undefined;
  setChoice(conversationId: number, choice: ClientChoice | undefined): void;
}

export function pendingReplies(): PendingReplies {
  const pages = new Map<number, string[]>();
  const choices = new Map<number, ClientChoice>();
  return {
    pages: (id) => pages.get(id) ?? [],
    setPages: (id, rest) => (rest.length ? pages.set(id, rest) : pages.delete(id)),
    choice: (id) => choices.get(id),
    setChoice: (id, choice) => (choice ? choices.set(id, choice) : choices.delete(id)),
  };
}
