/**
 * Statuses as Tecnofit names them, matched whatever the case, accents or spacing ("EXCLUIDO",
 * "sem  contrato", "Aguardando Aceite"). The canonical lists live with the database schema, which
 * stores exactly these values.
 */
import { acceptanceStatuses } from '../../db/schema/acceptances.ts';
import { contractStatuses } from '../../db/schema/contracts.ts';
import { customerStatuses, type CustomerStatus } from '../../db/schema/customers.ts';
import { cellDisplay, type Cell } from '../cell.ts';
import { isBlank } from './blank.ts';
import { foldText } from '../../domain/fold.ts';
import { invalid, parsed, unknown, type ParseResult } from './parse-result.ts';

export { acceptanceStatuses, contractStatuses, customerStatuses, type CustomerStatus };
export type ContractStatus = (typeof contractStatuses)[number];
export type AcceptanceStatus = (typeof acceptanceStatuses)[number];

/** A parser returning the canonical spelling of one of `values`, or a reason listing them all. */
function canonicalParser<T extends string>(values: readonly T[], what: string): (cell: Cell) => ParseResult<T> {
  const byKey = new Map(values.map((value) => [foldText(value), value]));
  return (cell) => {
    if (isBlank(cell)) return unknown();
    const found = cell.kind === 'text' ? byKey.get(foldText(cell.text)) : undefined;
    if (found !== undefined) return parsed(found);
    return invalid(`${what} desconhecido: "${cellDisplay(cell).trim()}" (esperado: ${values.join(', ')})`);
  };
}

/** Client status: "excluido" → "Excluído", "SEM CONTRATO" → "Sem Contrato". */
export const parseCustomerStatus = canonicalParser(customerStatuses, 'status de cliente');

/** Contract status: "FINALIZADO" → "Finalizado". */
export const parseContractStatus = canonicalParser(contractStatuses, 'status de contrato');

/** Contract acceptance status: "aguardando  ACEITE" → "Aguardando aceite". */
export const parseAcceptanceStatus = canonicalParser(acceptanceStatuses, 'status de aceite');
