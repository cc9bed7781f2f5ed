import { describe, expect, it } from 'vitest';
import { cleanConsultant } from './consultant.ts';

describe('cleanConsultant', () => {
  it.each([
    ['CONSULTOR PADRÃO - MATEUS --', 'Mateus'],
    ['RECEPÇÃO - JULIANA --', 'Juliana'],
    ['CONSULTOR PADRÃO - MARIA DAS DORES --', 'Maria das Dores'],
    ['CONSULTOR PADRÃO – ANA-LUÍZA --', 'Ana-Luíza'],
    ['MATEUS', 'Mateus'],
    ['  Camila Souza ', 'Camila Souza'],
    ['MATEUS --', 'Mateus'],
    ['RECEPÇÃO - LUCAS 12 --', 'Lucas'],
    ['COBRANÇA RECORRENTE - SISTEMA --', 'Sistema'],
  ])('%j -> %j', (input, expected) => {
    expect(cleanConsultant(input)).toBe(expected);
  });

  it.each(['-', '--', '', '   ', 'CONSULTOR PADRÃO --', 'CONSULTOR PADRÃO - --', 'RECEPÇÃO'])('%j -> null', (input) => {
    expect(cleanConsultant(input)).toBeNull();
  });
});
