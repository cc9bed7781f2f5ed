import { describe, expect, it } from 'vitest';
import { findClients } from './find-client.ts';

const clients = [
  { customerId: 1, code: '1002', name: 'Carla Mendes' },
  { customerId: 2, code: '1003', name: 'Carla Souza' },
  { customerId: 3, code: '1004', name: 'Ana Paula Conceição' },
  { customerId: 4, code: '1005', name: null },
];

describe('findClients', () => {
  it('finds by código, by the start of each word, and within one typo', () => {
    expect(findClients(clients, '1004').map((client) => client.code)).toEqual(['1004']);
    expect(findClients(clients, 'carla').map((client) => client.code)).toEqual(['1002', '1003']);
    expect(findClients(clients, 'carla me').map((client) => client.code)).toEqual(['1002']);
    expect(findClients(clients, 'ana conceicao').map((client) => client.code)).toEqual(['1004']);
    expect(findClients(clients, 'carlla souza').map((client) => client.code)).toEqual(['1003']);
    expect(findClients(clients, 'bruno')).toEqual([]);
  });
});
