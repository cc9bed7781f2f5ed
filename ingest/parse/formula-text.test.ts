import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from './formula-text.ts';

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x.example","clique")', '\'=HYPERLINK("http://x.example","clique")'],
    ['+5511987654321', "'+5511987654321"],
    ['-2+3', "'-2+3"],
    ['-A1', "'-A1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('%j -> %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each(['-', '--', '—', '-10,00', '-1.234,56', '-5', 'Bruno Lima', 'a=b', '', "'=já protegido"])('keeps %j as it is', (input) => {
    expect(neutralizeFormula(input)).toBe(input);
  });
});
