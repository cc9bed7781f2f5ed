import { describe, expect, it } from 'vitest';
import { planFacts } from './plan-facts.ts';

describe('planFacts', () => {
  it.each([
    ['CALISTENIA 3X NA SEMANA MENSAL', 'calistenia', 3, 30, null],
    ['CALISTENIA 2X NA SEMANA TRIMESTRAL', 'calistenia', 2, 90, null],
    ['CALISTENIA 3X NA SEMANA SEMESTRAL', 'calistenia', 3, 180, null],
    ['CALISTENIA 2X NA SEMANA ANUAL', 'calistenia', 2, 365, null],
    ['Calistenia 2 X POR SEMANA bimestral', 'calistenia', 2, 60, null],
    ['calistenia 3x semana quinzenal', 'calistenia', 3, 15, null],
    ['CALISTENIA 3 VEZES POR SEMANA QUADRIMESTRAL', 'calistenia', 3, 120, null],
    ['calistenia   3x/semana   anual', 'calistenia', 3, 365, null],
    ['CALISTENIA 2X SEMANAIS MENSAL', 'calistenia', 2, 30, null],
    ['FISIOTERAPIA 1X NA SEMANA MENSAL', 'fisioterapia', 1, 30, null],
    ['Fisioterapia 2x semana', 'fisioterapia', 2, null, null],
    ['CALISTENIA 10X AULAS', 'pack', null, null, 10],
    ['PACOTE 10 AULAS', 'pack', null, null, 10],
    ['Pacote de 8 sessões', 'pack', null, null, 8],
    ['FISIOTERAPIA PACOTE 5 SESSÕES', 'pack', null, null, 5],
    ['AULA EXPERIMENTAL', 'experimental', null, null, null],
    ['aula experimental calistenia', 'experimental', null, null, null],
    ['AULA AVULSA', 'avulsa', null, null, null],
    ['DIÁRIA', 'avulsa', null, null, null],
    ['Diaria', 'avulsa', null, null, null],
    ['GYMPASS', 'gympass', null, null, null],
    ['Gym Pass', 'gympass', null, null, null],
    ['TOTALPASS', 'gympass', null, null, null],
    ['WELLHUB', 'gympass', null, null, null],
    ['PILATES 2X MENSAL', 'outro', 2, 30, null],
    ['PLANO 12 MESES', 'outro', null, 365, null],
    ['CALISTENIA 6 MESES', 'calistenia', null, 180, null],
    ['MUSCULAÇÃO LIVRE', 'outro', null, null, null],
    ['', 'outro', null, null, null],
  ] as const)('%j', (name, family, sessionsPerWeek, periodDays, packSize) => {
    expect(planFacts(name)).toEqual({ family, sessionsPerWeek, periodDays, packSize });
  });
});
