import { describe, expect, it } from 'vitest';
import { correctWords, editDistance } from './fuzzy-words.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one each', () => {
    expect(editDistance('risco', 'risco')).toBe(0);
    expect(editDistance('riscoo', 'risco')).toBe(1);
    expect(editDistance('bloqueadso', 'bloqueados')).toBe(1);
    expect(editDistance('fixa', 'ficha')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('correctWords', () => {
  const vocabulary = new Set(['bloqueado', 'bloqueados', 'risco', 'ficha']);

  it('corrects near keywords, leaves short words, digits and strangers alone', () => {
    expect(correctWords(['bloqueadso', 'riscoo', 'dia', '1002', 'carla'], vocabulary)).toEqual({ words: ['bloqueado', 'risco', 'dia', '1002', 'carla'], corrected: 2 });
  });
});
