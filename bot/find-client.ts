/**
 * Finds the clients a staff member means: by código ("1002"), else by name, accent- and
 * case-insensitive, every word of the query starting a word of the name ("ana pa" finds "Ana Paula
 * Souza"), else within one typo per word ("carlla"). Several matches are returned for a numbered choice.
 */
import type { ClientScore } from '../analytics/score-clients.ts';
import { foldText } from '../domain/fold.ts';
import { editDistance } from './intents/fuzzy-words.ts';

export type FoundClient = Pick<ClientScore, 'customerId' | 'code' | 'name'>;

const maximumChoices = 8;

export function findClients(clients: readonly FoundClient[], query: string): FoundClient[] {
  const digits = query.replace(/\D/g, '');
  if (digits && digits === query.replace(/\s/g, '')) return clients.filter((client) => client.code === digits);
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const named = clients.filter((client) => client.name).map((client) => ({ client, words: foldText(client.name!).split(' ') }));
  const exact = named.filter((entry) => foldText(entry.client.name!) === words.join(' '));
  if (exact.length) return exact.map((entry) => entry.client);
  const byPrefix = named.filter((entry) => words.every((word) => entry.words.some((nameWord) => nameWord.startsWith(word))));
  const found = byPrefix.length
    ? byPrefix
    : named.filter((entry) => words.every((word) => entry.words.some((nameWord) => word.length >= 4 && editDistance(word, nameWord) <= 1)));
  return found
    .map((entry) => entry.client)
    .sort((a, b) => a.name!.localeCompare(b.name!, 'pt-BR') || a.code.localeCompare(b.code, 'pt-BR', { numeric: true }))
    .slice(0, maximumChoices);
}
