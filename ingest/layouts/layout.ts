/**
 * A layout is data: which columns an export has (with their known spellings), how to read each, and
 * which must be there. Recognition, parsing and the row type all derive from this table, so supporting
 * another management system's export means writing one more table.
 */
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { PlanFacts } from '../parse/plan-facts.ts';
import type { customerStatuses, contractStatuses, acceptanceStatuses } from '../../db/schema/index.ts';

/** What each field type reads into. */
export interface FieldValues {
  code: string;
  text: string;
  name: string;
  date: CalendarDate;
  datetime: { date: CalendarDate; time: string | null };
  money: number;
  integer: number;
  decimal: number;
  'yes-no': boolean;
  'customer-status': (typeof customerStatuses)[number];
  'contract-status': (typeof contractStatuses)[number];
  'acceptance-status': (typeof acceptanceStatuses)[number];
  plan: { name: string } & PlanFacts;
  contacts: { raw: string; phones: string[]; invalid: string[] };
  email: { email: string; valid: boolean };
  consultant: string;
}
export type FieldType = keyof FieldValues;

export interface FieldSpec<T extends FieldType = FieldType> {
  type: T;
  /** Header spellings, as the exports write them; matched accent-, case- and spacing-insensitively. */
  headers: readonly string[];
  /** The column must exist for the sheet to be this layout. */
  required?: boolean;
  /** A row without a value here is rejected. */
  requiredValue?: boolean;
  /** Numbers below this are rejected (money, counts). */
  min?: number;
}

export type LayoutFields = Record<string, FieldSpec>;

/** A parsed row: each field's value, or null when the cell was blank or the column absent. */
export type LayoutRow<F extends LayoutFields> = { [K in keyof F]: FieldValues[F[K]['type']] | null } & { sourceRow: number };

export interface Layout<F extends LayoutFields = LayoutFields> {
  id: string;
  /** pt-BR, for reports: "saldos de contratos". */
  label: string;
  fields: F;
}

export function field<T extends FieldType>(type: T, headers: readonly string[], options: Omit<FieldSpec<T>, 'type' | 'headers'> = {}): FieldSpec<T> {
  return { type, headers, ...options };
}

export function defineLayout<F extends LayoutFields>(layout: Layout<F>): Layout<F> {
  return layout;
}
