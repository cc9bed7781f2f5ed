import { describe, expect, it } from 'vitest';
import { foldText, removeAccents } from './fold.ts';

describe('removeAccents', () => {
  it.each([
    ['Conceição', 'Conceicao'],
    ['ANTÔNIO GOMES', 'ANTONIO GOMES'],
    ['Júlio Araújo', 'Julio Araujo'],
    ['plain', 'plain'],
  ])('%s -> %s', (input, expected) => {
    expect(removeAccents(input)).toBe(expected);
  });
});

describe('foldText', () => {
  it.each([
    ['  Sem-Contrato ', 'sem contrato'],
    ['EXCLUÍDO', 'excluido'],
    ['Aguardando   aceite', 'aguardando aceite'],
    ['Nº do recibo', 'no do recibo'],
    ['valor_total (R$)', 'valor total r'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});
