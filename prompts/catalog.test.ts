import { describe, expect, it } from 'vitest';
import { playbookIds } from '../analytics/playbook.ts';
import { catalog, fill, say, template } from './catalog.ts';

describe('fill', () => {
  it('picks the singular for 1 and the plural otherwise: {{n:singular:plural}}', () => {
    const text = '{{days}} {{days:dia:dias}}';
    expect(fill(text, { days: 1 })).toBe('1 dia');
    expect(fill(text, { days: 3 })).toBe('3 dias');
    expect(fill(text, { days: 0 })).toBe('0 dias');
    expect(fill(text, { days: '1' })).toBe('1 dia');
  });

  it('picks each word by its own number', () => {
    expect(fill('{{p}} {{p:presença:presenças}} e {{a}} {{a:falta:faltas}}', { p: 2, a: 1 })).toBe('2 presenças e 1 falta');
  });

  it('writes numbers the pt-BR way and strings as they are', () => {
    expect(fill('{{n}}', { n: 6.5 })).toBe('6,5');
    expect(fill('{{n}}', { n: 1234.5 })).toBe('1.234,5');
    expect(fill('{{n}}', { n: 1_000_000 })).toBe('1.000.000');
    expect(fill('{{amount}} e {{name}}', { amount: 'R$ 1.234,56', name: 'Bruno' })).toBe('R$ 1.234,56 e Bruno');
  });

  it('fills every occurrence, and leaves text without placeholders alone', () => {
    expect(fill('{{a}}-{{a}}', { a: 2 })).toBe('2-2');
    expect(fill('sem marcadores', {})).toBe('sem marcadores');
  });

  it('throws on a missing value instead of leaving a gap', () => {
    expect(() => fill('Oi, {{firstName}}!', {})).toThrow('template value "firstName" is missing');
    expect(() => fill('{{days:dia:dias}}', {})).toThrow('"days" is missing');
  });
});

describe('say', () => {
  it('reads prompts/reasons/risk.md and fills the text of a key', () => {
    expect(say('reasons/risk.md', 'blocked', { days: 1 })).toBe('bloqueado há 1 dia');
    expect(say('reasons/risk.md', 'blocked', { days: 12 })).toBe('bloqueado há 12 dias');
    expect(say('reasons/risk.md', 'blocked-undated')).toBe('bloqueado (o relatório não diz desde quando)');
    expect(say('reasons/risk.md', 'no-payment', { days: 45, cycle: 30 })).toBe('sem pagamento há 45 dias (ciclo de 30 dias)');
  });

  it('throws on an unknown key or a missing value', () => {
    expect(() => say('reasons/risk.md', 'no-such-rule')).toThrow('no text "no-such-rule" in prompts/reasons/risk.md');
    expect(() => say('reasons/risk.md', 'blocked')).toThrow('"days" is missing');
  });
});

describe('catalog', () => {
  it('reads only the "- key: text" items, not the title or the prose', () => {
    const risk = catalog('reasons/risk.md');
    expect(Object.keys(risk)).toContain('new-client');
    expect(risk['expiring-today']).toBe('contrato vence hoje, sem renovação');
    expect(Object.values(risk).some((text) => text.includes('Motivos'))).toBe(false);
  });

  it('names every playbook in prompts/playbooks.md', () => {
    expect(Object.keys(catalog('playbooks.md')).sort()).toEqual([...playbookIds].sort());
  });
});

describe('template', () => {
  it('drops the leading ">" comment lines of a template file', () => {
    const text = template('playbook-messages/lead-silent.md');
    expect(text.startsWith('Oi, {{firstName}}!')).toBe(true);
    expect(text.split('\n').some((line) => line.startsWith('>'))).toBe(false);
  });

  it('has a template for every playbook', () => {
    for (const id of playbookIds) expect(template(`playbook-messages/${id}.md`)).toMatch(/\{\{firstName\}\}/);
  });
});
