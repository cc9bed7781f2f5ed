/** Reads one cell as a layout field's type, with the pt-BR parsers of ingest/parse. */
import { cellDisplay, type Cell } from './cell.ts';
import type { FieldSpec, FieldType, FieldValues } from './layouts/layout.ts';
import { isBlank } from './parse/blank.ts';
import { parseCode } from './parse/code.ts';
import { cleanConsultant } from './parse/consultant.ts';
import { parseContacts, parseEmail } from './parse/contacts.ts';
import { parseDate, parseDateTime } from './parse/date.ts';
import { parseDecimal, parseInteger } from './parse/decimal.ts';
import { parseMoney, type MoneyUnit } from './parse/money.ts';
import { invalid, parsed, type ParseResult } from './parse/parse-result.ts';
import { planFacts } from './parse/plan-facts.ts';
import { parseAcceptanceStatus, parseContractStatus, parseCustomerStatus } from './parse/status.ts';
import { parseYesNo } from './parse/yes-no.ts';

type Parser<T extends FieldType> = (cell: Cell, moneyUnit: MoneyUnit) => ParseResult<FieldValues[T]>;

function text(cell: Cell): string | null {
  return isBlank(cell) ? null : cellDisplay(cell).trim().replace(/\s+/g, ' ');
}

function fromText<T>(read: (value: string) => T | null, raw = false): (cell: Cell) => ParseResult<T> {
  return (cell) => {
    const value = raw ? (isBlank(cell) ? null : cellDisplay(cell).trim()) : text(cell);
    return parsed(value === null ? null : read(value));
  };
}

/**
 * Staff columns repeat two or three names on every row of a sales export (200,000 cells for 100,000
 * receipts): each distinct text is cleaned once. Bounded, since the importer may run in a long-lived server.
 */
const consultants = new Map<string, string | null>();
const maxConsultants = 10_000;

function consultantOnce(text: string): string | null {
  let name = consultants.get(text);
  if (name === undefined) {
    if (consultants.size >= maxConsultants) consultants.clear();
    name = cleanConsultant(text);
    consultants.set(text, name);
  }
  return name;
}

const parsers: { [T in FieldType]: Parser<T> } = {
  code: (cell) => parseCode(cell),
  text: fromText((value) => value),
  name: fromText((value) => value),
  date: (cell) => parseDate(cell),
  datetime: (cell) => parseDateTime(cell),
  money: (cell, unit) => parseMoney(cell, unit),
  integer: (cell) => parseInteger(cell),
  decimal: (cell) => parseDecimal(cell),
  'yes-no': (cell) => parseYesNo(cell),
  'customer-status': (cell) => parseCustomerStatus(cell),
  'contract-status': (cell) => parseContractStatus(cell),
  'acceptance-status': (cell) => parseAcceptanceStatus(cell),
  plan: fromText((name) => ({ name, ...planFacts(name) })),
  // Raw: several numbers may sit on separate lines of one cell.
  contacts: fromText((raw) => ({ raw, ...parseContacts(raw) }), true),
  email: fromText((value) => parseEmail(value)),
  consultant: fromText(consultantOnce),
};

export function parseField<T extends FieldType>(spec: FieldSpec<T>, cell: Cell, moneyUnit: MoneyUnit): ParseResult<FieldValues[T]> {
  const result = (parsers[spec.type] as Parser<T>)(cell, moneyUnit);
  if (result.ok && typeof result.value === 'number' && spec.min !== undefined && result.value < spec.min) {
    return invalid(`valor negativo não é aceito: "${cellDisplay(cell)}"`);
  }
  return result;
}
