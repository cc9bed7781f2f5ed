import { describe, expect, it } from 'vitest';
import { displayName, firstName, normalizeName } from './person-name.ts';

describe('normalizeName', () => {
  it.each([
    ['BRUNO LIMA 91', 'BRUNO LIMA'],
    ['Bruno Lima', 'BRUNO LIMA'],
    ['  bruno   lima  ', 'BRUNO LIMA'],
    ['ANTÔNIO GOMES 78', 'ANTONIO GOMES'],
    ['Antônio Gomes', 'ANTONIO GOMES'],
    ['Thaís Cardoso', 'THAIS CARDOSO'],
    ["Antônio D'Ávila-Gomes", 'ANTONIO DAVILA GOMES'],
    ['JOÃO P. LIMA 7', 'JOAO P LIMA'],
    ['MARIA 2 SILVA', 'MARIA 2 SILVA'],
    ['91', '91'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('matches a decomposed accent with a composed one', () => {
    expect(normalizeName('Jose\u0301 Lima')).toBe(normalizeName('JOSÉ LIMA 12'));
  });
});

describe('displayName', () => {
  it.each([
    ['BRUNO LIMA 91', 'Bruno Lima'],
    ['MARIA DAS DORES DE SOUZA', 'Maria das Dores de Souza'],
    ['ANTÔNIO GOMES 78', 'Antônio Gomes'],
    ['JOÃO E MARIA DOS SANTOS', 'João e Maria dos Santos'],
    ['DA SILVA', 'Da Silva'],
    ["ANA-LUÍZA D'ÁVILA", "Ana-Luíza D'Ávila"],
    ['PEDRO ÁLVARES II', 'Pedro Álvares II'],
    ['fernando vitor monteiro', 'Fernando Vitor Monteiro'],
    ['  GUILHERME   HENRIQUE  10 ', 'Guilherme Henrique'],
    ['Fernando Vitor Monteiro', 'Fernando Vitor Monteiro'],
    ['Maria da Silva', 'Maria da Silva'],
    ['ÍTALO ÉRICO', 'Ítalo Érico'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(displayName(input)).toBe(expected);
  });
});

describe('firstName', () => {
  it.each([
    ['ANTÔNIO GOMES 78', 'Antônio'],
    ['Bruno Lima', 'Bruno'],
    ['MATEUS', 'Mateus'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(firstName(input)).toBe(expected);
  });
});
