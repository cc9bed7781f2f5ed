import { describe, expect, it } from 'vitest';
import { emptyCell, textCell } from '../cell.ts';
import { acceptanceStatuses, contractStatuses, customerStatuses, parseAcceptanceStatus, parseContractStatus, parseCustomerStatus } from './status.ts';

describe('parseCustomerStatus', () => {
  it.each([
    ['Ativo', 'Ativo'],
    ['ATIVO', 'Ativo'],
    ['Bloqueado', 'Bloqueado'],
    ['cancelado', 'Cancelado'],
    ['Excluído', 'Excluído'],
    ['EXCLUIDO', 'Excluído'],
    ['Prospect', 'Prospect'],
    ['Sem Contrato', 'Sem Contrato'],
    ['  sem   contrato ', 'Sem Contrato'],
    ['SEM-CONTRATO', 'Sem Contrato'],
    ['Cliente Pass', 'Cliente Pass'],
  ])('%j -> %s', (text, expected) => {
    expect(parseCustomerStatus(textCell(text))).toEqual({ ok: true, value: expected });
  });

  it('rejects an unknown status, listing the expected ones', () => {
    expect(parseCustomerStatus(textCell('Suspenso'))).toEqual({
      ok: false,
      reason: 'status de cliente desconhecido: "Suspenso" (esperado: Ativo, Bloqueado, Cancelado, Excluído, Prospect, Sem Contrato, Cliente Pass)',
    });
  });

  it('reads "-" and empty as unknown', () => {
    expect(parseCustomerStatus(textCell('-'))).toEqual({ ok: true, value: null });
    expect(parseCustomerStatus(emptyCell)).toEqual({ ok: true, value: null });
  });

  it('rejects non-text cells', () => {
    expect(parseCustomerStatus({ kind: 'number', value: 1 })).toEqual({
      ok: false,
      reason: 'status de cliente desconhecido: "1" (esperado: Ativo, Bloqueado, Cancelado, Excluído, Prospect, Sem Contrato, Cliente Pass)',
    });
  });
});

describe('parseContractStatus', () => {
  it.each([
    ['Ativo', 'Ativo'],
    ['bloqueado', 'Bloqueado'],
    ['CANCELADO', 'Cancelado'],
    ['Finalizado', 'Finalizado'],
  ])('%j -> %s', (text, expected) => {
    expect(parseContractStatus(textCell(text))).toEqual({ ok: true, value: expected });
  });

  it('rejects a client status that is not a contract status', () => {
    expect(parseContractStatus(textCell('Prospect'))).toEqual({
      ok: false,
      reason: 'status de contrato desconhecido: "Prospect" (esperado: Ativo, Bloqueado, Cancelado, Finalizado)',
    });
  });
});

describe('parseAcceptanceStatus', () => {
  it.each([
    ['Aguardando aceite', 'Aguardando aceite'],
    ['AGUARDANDO ACEITE', 'Aguardando aceite'],
    ['aguardando  Aceite', 'Aguardando aceite'],
    ['Aceito', 'Aceito'],
  ])('%j -> %s', (text, expected) => {
    expect(parseAcceptanceStatus(textCell(text))).toEqual({ ok: true, value: expected });
  });

  it('rejects other text', () => {
    expect(parseAcceptanceStatus(textCell('Recusado'))).toEqual({
      ok: false,
      reason: 'status de aceite desconhecido: "Recusado" (esperado: Aguardando aceite, Aceito)',
    });
  });
});

describe('canonical lists', () => {
  it('are the schema lists', () => {
    expect(customerStatuses).toEqual(['Ativo', 'Bloqueado', 'Cancelado', 'Excluído', 'Prospect', 'Sem Contrato', 'Cliente Pass']);
    expect(contractStatuses).toEqual(['Ativo', 'Bloqueado', 'Cancelado', 'Finalizado']);
    expect(acceptanceStatuses).toEqual(['Aguardando aceite', 'Aceito']);
  });
});
