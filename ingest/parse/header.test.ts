import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './header.ts';

describe('normalizeHeader', () => {
  it.each([
    ['CONTRATADAS POR SEMANA', 'contratadas por semana'],
    ['E-mail Validado', 'e mail validado'],
    ['Continuidade (meses)', 'continuidade meses'],
    ['CÓDIGO', 'codigo'],
    ['Código', 'codigo'],
    ['DISPONÍVEIS NA SEMANA', 'disponiveis na semana'],
    ['  Último   Aceite ', 'ultimo aceite'],
    ['Reposição', 'reposicao'],
    ['Responsável Recibo', 'responsavel recibo'],
    ['Status\natual', 'status atual'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});
