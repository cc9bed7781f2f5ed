import { describe, expect, it } from 'vitest';
import { ticketMedio } from './ticket-medio.ts';

describe('ticketMedio', () => {
  it('reproduces the doc example: R$ 29.000,00 from 100 clients → R$ 290,00', () => {
    expect(ticketMedio(2_900_000, 100)).toBe(29_000);
  });

  it('rounds to whole centavos', () => {
    expect(ticketMedio(1_000, 3)).toBe(333);
    expect(ticketMedio(2_000, 3)).toBe(667);
  });

  it('is null without paying clients', () => {
    expect(ticketMedio(0, 0)).toBeNull();
    expect(ticketMedio(5_000, 0)).toBeNull();
  });
});
