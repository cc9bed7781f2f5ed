import { describe, expect, it } from 'vitest';
import { evaluationSet } from './evaluation-set.ts';
import { recognize } from './recognize.ts';

describe('intent recognition on the evaluation set', () => {
  it('has at least 150 realistic messages', () => {
    expect(evaluationSet.length).toBeGreaterThanOrEqual(150);
  });

  it('recognises at least 95 % of them (the figure is printed)', () => {
    const misses = evaluationSet
      .map((message) => ({ message, got: recognize(message.text, message.audience) }))
      .filter(({ message, got }) => got.intent !== message.intent || (message.subject !== undefined && got.subject !== message.subject));
    const accuracy = 1 - misses.length / evaluationSet.length;
    console.log(`[intenções] acerto ${(accuracy * 100).toFixed(1)} % em ${evaluationSet.length} mensagens; erros: ${misses.map(({ message, got }) => `"${message.text}" → ${got.intent}${got.subject ? ` (${got.subject})` : ''}`).join('; ') || 'nenhum'}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('recognize', () => {
  it('never gives an unknown sender a staff intent', () => {
    for (const message of evaluationSet.filter((entry) => entry.audience === 'staff')) {
      expect(['greeting', 'prices', 'schedule', 'address', 'trial', 'human', 'negotiation', 'thanks', 'opt-out', 'unknown']).toContain(recognize(message.text, 'lead').intent);
    }
  });

  it('says how sure it is: 1 for a rule, less after correcting a typo', () => {
    expect(recognize('bloqueados', 'staff').confidence).toBe(1);
    expect(recognize('bloqueadso', 'staff')).toMatchObject({ intent: 'blocked', confidence: 0.8 });
  });

  it('reads the period of renewals and summaries', () => {
    expect(recognize('quem vence hoje', 'staff').period).toBe('today');
    expect(recognize('vencimentos do mês', 'staff').period).toBe('month');
    expect(recognize('quem vence essa semana', 'staff').period).toBe('week');
    expect(recognize('resumo do mês', 'staff').period).toBe('month');
    expect(recognize('resumo de ontem', 'staff').period).toBe('yesterday');
  });
});
